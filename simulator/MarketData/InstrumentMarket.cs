using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>A completed 5-second bar of the live walk.</summary>
internal readonly record struct FiveSecondBar(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, decimal Wap, int Count);

/// <summary>
/// The live top of book of one instrument, moved one step at a time by its own seeded <see cref="Random"/>:
/// stocks and the future walk the mid by up to two ticks a step; options are priced off their underlying. Every
/// step prints one trade at the bid or the ask. Sizes at the touch are what orders can fill against per step.
/// </summary>
internal sealed class InstrumentMarket
{
    private readonly Random _random;
    private readonly InstrumentMarket? _underlying;
    private FiveSecondBar? _building;
    private decimal _barNotional;

    public InstrumentMarket(Instrument instrument, InstrumentMarket? underlying, int seed, DateTimeOffset start)
    {
        Instrument = instrument;
        _underlying = underlying;
        _random = new Random(seed);
        Tape = new PriceTape(instrument, underlying?.Tape, unchecked(seed * 7919), start);
        DepthRandom = new Random(unchecked(seed * 104729));
        var first = underlying is null ? instrument.StartPrice : OptionPricing.Theoretical(instrument, underlying.Last);
        Bid = first;
        Ask = first + Spread;
        Last = first;
        PreviousClose = Tape.CloseBeforeStart;
        Open = first;
        High = first;
        Low = first;
        BidSize = instrument.Lot * 5;
        AskSize = instrument.Lot * 5;
        LastSize = instrument.Lot;
        AvailableBid = BidSize;
        AvailableAsk = AskSize;
    }

    public Instrument Instrument { get; }

    public PriceTape Tape { get; }

    /// <summary>For depth rows only, so that subscribing to depth never changes the walk.</summary>
    public Random DepthRandom { get; }

    public decimal Bid { get; private set; }
    public decimal Ask { get; private set; }
    public decimal Last { get; private set; }
    public decimal BidSize { get; private set; }
    public decimal AskSize { get; private set; }
    public decimal LastSize { get; private set; }
    public decimal Volume { get; private set; }
    public decimal High { get; private set; }
    public decimal Low { get; private set; }
    public decimal Open { get; }
    public decimal PreviousClose { get; }

    /// <summary>Size still available at the bid / ask in this step (fills consume it).</summary>
    public decimal AvailableBid { get; set; }

    public decimal AvailableAsk { get; set; }

    public decimal Mid => (Bid + Ask) / 2m;

    /// <summary>The 5-second bar that the last step completed, if it completed one.</summary>
    public FiveSecondBar? CompletedBar { get; private set; }

    private decimal Spread => Instrument.SecType == "OPT" ? Instrument.MinTick * 4 : Instrument.MinTick;

    /// <summary>Moves the market one step at <paramref name="now"/>.</summary>
    public void Step(DateTimeOffset now)
    {
        if (_underlying is null)
        {
            var moved = Bid + (Instrument.MinTick * _random.Next(-2, 3));
            Bid = Math.Max(Instrument.MinTick * 10m, moved);
        }
        else
        {
            Bid = Math.Max(Instrument.MinTick, OptionPricing.Theoretical(Instrument, _underlying.Last) - (Instrument.MinTick * 2));
        }

        Ask = Bid + Spread;
        BidSize = Instrument.Lot * _random.Next(1, 11);
        AskSize = Instrument.Lot * _random.Next(1, 11);
        AvailableBid = BidSize;
        AvailableAsk = AskSize;
        Last = _random.Next(2) == 0 ? Bid : Ask;
        LastSize = Instrument.Lot * _random.Next(1, 6);
        Volume += LastSize;
        High = Math.Max(High, Last);
        Low = Math.Min(Low, Last);
        Tape.Record(now, Last, LastSize);
        AddToBar(now);
    }

    private void AddToBar(DateTimeOffset now)
    {
        var barStart = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / 5 * 5);
        CompletedBar = null;
        if (_building is { } current && current.Time != barStart)
        {
            CompletedBar = current with { Wap = current.Volume == 0m ? current.Close : Math.Round(_barNotional / current.Volume, 4) };
            _building = null;
        }

        if (_building is { } bar)
        {
            _building = bar with { High = Math.Max(bar.High, Last), Low = Math.Min(bar.Low, Last), Close = Last, Volume = bar.Volume + LastSize, Count = bar.Count + 1 };
            _barNotional += Last * LastSize;
        }
        else
        {
            _building = new FiveSecondBar(barStart, Last, Last, Last, Last, LastSize, Last, 1);
            _barNotional = Last * LastSize;
        }
    }
}
