using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>One OHLC sample of the tape: a minute before the start, a second after it.</summary>
internal readonly record struct TapeSample(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, int Count);

/// <summary>
/// An instrument's price history, so that historical bars and ticks agree with the live walk. Before the
/// simulator's start it is a seeded walk generated backwards from the start price at one-minute resolution
/// (lazily, at most a year); after the start it records every step in one-second buckets.
/// </summary>
internal sealed class PriceTape
{
    private const int MaxMinutes = 366 * 24 * 60;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Instrument _instrument;
    private readonly PriceTape? _underlying;
    private readonly Random _random;
    private readonly DateTimeOffset _start;
    private readonly List<decimal> _minuteCloses = [];
    private readonly List<decimal> _minuteVolumes = [];
    private readonly List<TapeSample> _seconds = [];

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
        var second = _start.AddSeconds(Math.Floor((time - _start).TotalSeconds));
        if (_seconds.Count > 0 && _seconds[^1].Time == second)
        {
            var last = _seconds[^1];
            _seconds[^1] = last with { High = Math.Max(last.High, price), Low = Math.Min(last.Low, price), Close = price, Volume = last.Volume + size, Count = last.Count + 1 };
        }
        else
        {
            _seconds.Add(new TapeSample(second, price, price, price, price, size, 1));
        }
    }

    /// <summary>Every sample that starts in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IEnumerable<TapeSample> Samples(DateTimeOffset from, DateTimeOffset to)
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

    /// <summary>The close of minute <paramref name="m"/> before the start (1 = the minute just before it).</summary>
    public decimal MinuteClose(int m)
    {
        if (_underlying is not null)
        {
            return OptionPricing.Theoretical(_instrument, _underlying.MinuteClose(m));
        }

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
        var volume = _underlying is null ? _minuteVolumes[m - 1] : _instrument.Lot * ((m % 7) + 1);
        return new TapeSample(time, open, Math.Max(open, close), Math.Min(open, close), close, volume, (int)(volume / _instrument.Lot));
    }
}
