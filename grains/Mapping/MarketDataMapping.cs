using Ibkr.Contracts.MarketData;
using Wire = Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Mapping;

/// <summary>Option computations, historical ticks, histograms and trading schedules from the wire.</summary>
internal static class MarketDataMapping
{
    public static OptionComputation FromWire(Wire.TickOptionComputation o) => new()
    {
        Field = o.TickType,
        TickAttrib = o.TickAttrib,
        ImpliedVolatility = o.ImpliedVol,
        Delta = o.Delta,
        OptionPrice = o.OptPrice,
        PvDividend = o.PvDividend,
        Gamma = o.Gamma,
        Vega = o.Vega,
        Theta = o.Theta,
        UnderlyingPrice = o.UndPrice,
    };

    /// <summary>A MIDPOINT tick: time and price (the size is 0).</summary>
    public static HistoricalTick FromWire(Wire.HistoricalTick t) => new() { Time = t.Time, Price = t.Price, Size = t.Size, Attributes = t.TickAttrib };

    /// <summary>A BID_ASK tick: bit 0 ask past high, bit 1 bid past low.</summary>
    public static HistoricalTick FromWire(Wire.HistoricalTickBidAsk t) => new()
    {
        Time = t.Time,
        BidPrice = t.PriceBid,
        AskPrice = t.PriceAsk,
        BidSize = t.SizeBid,
        AskSize = t.SizeAsk,
        Attributes = t.TickAttrib,
    };

    /// <summary>A TRADES tick: bit 0 past limit, bit 1 unreported.</summary>
    public static HistoricalTick FromWire(Wire.HistoricalTickLast t) => new()
    {
        Time = t.Time,
        Price = t.Price,
        Size = t.Size,
        Exchange = t.Exchange,
        SpecialConditions = t.SpecialConditions,
        Attributes = t.TickAttrib,
    };

    public static HistogramEntry FromWire(Wire.HistogramEntry e) => new() { Price = e.Price, Size = e.Size };

    public static TradingSchedule FromWire(Wire.HistoricalSchedule s) => new()
    {
        StartDateTime = s.StartDateTime,
        EndDateTime = s.EndDateTime,
        TimeZone = s.TimeZone,
        Sessions = s.Sessions.Select(x => new TradingSession { StartDateTime = x.StartDateTime, EndDateTime = x.EndDateTime, RefDate = x.RefDate }).ToArray(),
    };
}
