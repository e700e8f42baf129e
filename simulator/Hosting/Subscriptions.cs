using Ibkr.Simulator.MarketData;

namespace Ibkr.Simulator.Hosting;

/// <summary>A top-of-book subscription (reqMktData) and what it asked for.</summary>
internal sealed record QuoteSubscription(InstrumentMarket Market, IReadOnlySet<string> GenericTicks, bool Delayed);

/// <summary>A tick-by-tick subscription: the market and the tick type (Last, AllLast, BidAsk, MidPoint).</summary>
internal sealed record TickByTickSubscription(InstrumentMarket Market, string TickType);

/// <summary>A depth subscription: the market, the number of rows per side and whether rows are level 2.</summary>
internal sealed record DepthSubscription(InstrumentMarket Market, int Rows, bool SmartDepth);

/// <summary>A keepUpToDate historical-bars request: the market, the bar length and the date format.</summary>
internal sealed record BarUpdateSubscription(InstrumentMarket Market, TimeSpan BarSize, int FormatDate);

/// <summary>A client's live subscriptions, keyed by request id (sorted, so pushes go out in a fixed order).</summary>
internal sealed class Subscriptions
{
    public SortedDictionary<int, QuoteSubscription> Quotes { get; } = [];

    public SortedDictionary<int, InstrumentMarket> RealTimeBars { get; } = [];

    public SortedDictionary<int, TickByTickSubscription> TickByTick { get; } = [];

    public SortedDictionary<int, DepthSubscription> Depth { get; } = [];

    public SortedDictionary<int, BarUpdateSubscription> BarUpdates { get; } = [];

    /// <summary>reqPnL: request id → account.</summary>
    public SortedDictionary<int, string> PnL { get; } = [];

    /// <summary>reqPnLSingle: request id → (account, conId).</summary>
    public SortedDictionary<int, (string Account, int ConId)> PnLSingle { get; } = [];

    /// <summary>reqAccountSummary: request id → tags.</summary>
    public SortedDictionary<int, IReadOnlyList<string>> AccountSummaries { get; } = [];

    /// <summary>reqPositions is on.</summary>
    public bool Positions { get; set; }

    /// <summary>The account of reqAccountUpdates, or null.</summary>
    public string? AccountUpdates { get; set; }

    /// <summary>True when the request id is taken by any market-data-like subscription (error 322 otherwise).</summary>
    public bool MarketDataIdInUse(int reqId) =>
        Quotes.ContainsKey(reqId) || RealTimeBars.ContainsKey(reqId) || TickByTick.ContainsKey(reqId) || Depth.ContainsKey(reqId) || BarUpdates.ContainsKey(reqId);
}
