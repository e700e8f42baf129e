using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>One OHLC sample of the tape: a minute before the start, a second after it.</summary>
internal readonly record struct TapeSample(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, int Count);

/// <summary>
/// An instrument's price history, so that historical bars and ticks agree with the live walk. Before the
/// simulator's start it is a seeded walk generated backwards from the start price at one-minute resolution
/// (lazily, at most a year); after the start it records every step in one-minute buckets and, for the last six
/// hours, in one-second buckets (bounded memory for a simulator that runs for days). An option records
/// nothing: its tape is its underlying's, priced through <see cref="OptionPricing"/>.
/// </summary>
internal sealed class PriceTape
{
    private const int MaxMinutes = 366 * 24 * 60;
    private const int SecondsKept = 6 * 60 * 60;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Instrument _instrument;
    private readonly PriceTape? _underlying;
    private readonly Random _random;
    private readonly DateTimeOffset _start;
    private readonly List<decimal> _minuteCloses = [];
    private readonly List<decimal> _minuteVolumes = [];
    private readonly List<TapeSample> _seconds = [];
    private readonly List<TapeSample> _minutes = [];

    public PriceTape(Instrument instrument, PriceTape? underlying, int seed, DateTimeOffset start)
    {
        _instrument = instrument;
        _underlying = underlying;
        _random = new Random(seed);
        _start = start;
    }

    /// <summary>The earliest time the tape can answer for.</summary>
    public DateTimeOffset Earliest => _start - (Minute * MaxMinutes);

    /// <summary>Adds one step's trade at <paramref name="time"/> (after the start).</summary>
    public void Record(DateTimeOffset time, decimal price, decimal size)
    {
        if (_underlying is not null)
        {
            return;
        }

        Add(_seconds, _start.AddSeconds(Math.Floor((time - _start).TotalSeconds)), price, size);
        Add(_minutes, _start.AddMinutes(Math.Floor((time - _start).TotalMinutes)), price, size);
        if (_seconds.Count > 2 * SecondsKept)
        {
            _seconds.RemoveRange(0, SecondsKept);
        }
    }

    /// <summary>Every sample that starts in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IEnumerable<TapeSample> Samples(DateTimeOffset from, DateTimeOffset to)
    {
        if (_underlying is not null)
        {
            return _underlying.Samples(from, to).Select(Derive);
        }

        return OwnSamples(from, to);
    }

    private IEnumerable<TapeSample> OwnSamples(DateTimeOffset from, DateTimeOffset to)
    {
        if (from < _start)
        {
            var firstMinute = Math.Min(MaxMinutes, (int)Math.Ceiling((_start - from) / Minute));
            for (var m = firstMinute; m >= 1; m--)
            {
                var time = _start - (Minute * m);
                if (time + Minute > from && time < to)
                {
                    yield return MinuteSample(m, time);
                }
            }
        }

        // Whole minutes older than the kept seconds come from the minute buckets.
        var secondsFrom = _seconds.Count > 0 ? _seconds[0].Time : DateTimeOffset.MaxValue;
        foreach (var sample in _minutes)
        {
            if (sample.Time >= to || sample.Time.AddMinutes(1) > secondsFrom)
            {
                break;
            }

            if (sample.Time.AddMinutes(1) > from)
            {
                yield return sample;
            }
        }

        foreach (var sample in _seconds)
        {
            if (sample.Time >= to)
            {
                yield break;
            }

            if (sample.Time >= from)
            {
                yield return sample;
            }
        }
    }

    private static void Add(List<TapeSample> buckets, DateTimeOffset bucket, decimal price, decimal size)
    {
        if (buckets.Count > 0 && buckets[^1].Time == bucket)
        {
            var last = buckets[^1];
            buckets[^1] = last with { High = Math.Max(last.High, price), Low = Math.Min(last.Low, price), Close = price, Volume = last.Volume + size, Count = last.Count + 1 };
        }
        else
        {
            buckets.Add(new TapeSample(bucket, price, price, price, price, size, 1));
        }
    }

    /// <summary>An underlying's sample seen through the option's price (a put's high comes from the underlying's low).</summary>
    private TapeSample Derive(TapeSample u)
    {
        decimal P(decimal underlying) => OptionPricing.Theoretical(_instrument, underlying);
        var (high, low) = _instrument.Right == "C" ? (P(u.High), P(u.Low)) : (P(u.Low), P(u.High));
        var volume = _instrument.Lot * ((u.Count % 7) + 1);
        return new TapeSample(u.Time, P(u.Open), high, low, P(u.Close), volume, (int)(volume / _instrument.Lot));
    }

    /// <summary>The last price before the start (the close tick of a quote).</summary>
    public decimal CloseBeforeStart => _underlying is null ? MinuteClose(1) : OptionPricing.Theoretical(_instrument, _underlying.MinuteClose(1));

    /// <summary>The close of minute <paramref name="m"/> before the start (1 = the minute just before it).</summary>
    private decimal MinuteClose(int m)
    {
        while (_minuteCloses.Count < m)
        {
            var later = _minuteCloses.Count == 0 ? _instrument.StartPrice : _minuteCloses[^1];
            var moved = later + (_instrument.MinTick * _random.Next(-4, 5));
            _minuteCloses.Add(Math.Max(_instrument.MinTick * 10m, moved));
            _minuteVolumes.Add(_instrument.Lot * _random.Next(5, 60));
        }

        return _minuteCloses[m - 1];
    }

    private TapeSample MinuteSample(int m, DateTimeOffset time)
    {
        var close = MinuteClose(m);
        var open = m < MaxMinutes ? MinuteClose(m + 1) : close;
        var volume = _minuteVolumes[m - 1];
        return new TapeSample(time, open, Math.Max(open, close), Math.Min(open, close), close, volume, (int)(volume / _instrument.Lot));
    }
}
