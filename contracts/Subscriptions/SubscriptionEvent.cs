using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Reference;
using Ibkr.Contracts.Requests;

namespace Ibkr.Contracts.Subscriptions;

/// <summary>
/// A business event of a subscription, in wire order. <see cref="Seq"/> numbers the subscription's events from 1
/// (a reader resumes after the last one it saw); <see cref="ConnectionSeq"/> is the leg it arrived on.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.SubscriptionEvent")]
public abstract record SubscriptionEvent
{
    [Id(0)] public long Seq { get; init; }
    [Id(1)] public long ConnectionSeq { get; init; }
}

/// <summary>A price tick (TICK_PRICE): <see cref="Field"/> 1 bid, 2 ask, 4 last, 6 high, 7 low, 9 close… (66+ delayed).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PriceTick")]
public sealed record PriceTick : SubscriptionEvent
{
    [Id(0)] public int Field { get; init; }
    [Id(1)] public decimal? Price { get; init; }
    [Id(2)] public bool CanAutoExecute { get; init; }
    [Id(3)] public bool PastLimit { get; init; }
    [Id(4)] public bool PreOpen { get; init; }
}

/// <summary>A size tick (TICK_SIZE): 0 bid size, 3 ask size, 5 last size, 8 volume…</summary>
[GenerateSerializer, Immutable, Alias("ibkr.SizeTick")]
public sealed record SizeTick : SubscriptionEvent
{
    [Id(0)] public int Field { get; init; }
    [Id(1)] public decimal? Size { get; init; }
}

/// <summary>A text tick (TICK_STRING): 45 last timestamp, 48 RTVolume, 32/33 exchanges…</summary>
[GenerateSerializer, Immutable, Alias("ibkr.StringTick")]
public sealed record StringTick : SubscriptionEvent
{
    [Id(0)] public int Field { get; init; }
    [Id(1)] public string Value { get; init; } = string.Empty;
}

/// <summary>A generic numeric tick (TICK_GENERIC): 23 option historical vol, 24 implied vol, 49 halted…</summary>
[GenerateSerializer, Immutable, Alias("ibkr.GenericTick")]
public sealed record GenericTick : SubscriptionEvent
{
    [Id(0)] public int Field { get; init; }
    [Id(1)] public decimal? Value { get; init; }
}

/// <summary>Option greeks for a quote.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OptionComputationTick")]
public sealed record OptionComputationTick : SubscriptionEvent
{
    [Id(0)] public OptionComputation Computation { get; init; } = new();
}

/// <summary>The market data type of the quotes that follow: 1 live, 2 frozen, 3 delayed, 4 delayed-frozen.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.MarketDataTypeChanged")]
public sealed record MarketDataTypeChanged : SubscriptionEvent
{
    [Id(0)] public int MarketDataType { get; init; }
}

/// <summary>The quote's parameters (TICK_REQ_PARAMS): minimum tick, BBO exchange, snapshot permissions.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.QuoteParameters")]
public sealed record QuoteParameters : SubscriptionEvent
{
    [Id(0)] public decimal? MinTick { get; init; }
    [Id(1)] public string BboExchange { get; init; } = string.Empty;
    [Id(2)] public int SnapshotPermissions { get; init; }
}

/// <summary>A bar of a live-bars subscription: a history bar, or an update of the current bar.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.BarUpdate")]
public sealed record BarUpdate : SubscriptionEvent
{
    [Id(0)] public Bar Bar { get; init; } = new();

    /// <summary>False for the initial history, true for live updates after it.</summary>
    [Id(1)] public bool IsLive { get; init; }
}

/// <summary>A 5-second real-time bar.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.RealTimeBarUpdate")]
public sealed record RealTimeBarUpdate : SubscriptionEvent
{
    [Id(0)] public RealTimeBar Bar { get; init; } = new();
}

/// <summary>A tick-by-tick event: 1 Last, 2 AllLast (price, size, exchange), 3 BidAsk, 4 MidPoint.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.TickByTickUpdate")]
public sealed record TickByTickUpdate : SubscriptionEvent
{
    [Id(0)] public int TickType { get; init; }
    [Id(1)] public long Time { get; init; }
    [Id(2)] public HistoricalTick Tick { get; init; } = new();
}

/// <summary>A change to one row of the book: operation 0 insert, 1 update, 2 delete; side 0 ask, 1 bid.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.DepthUpdate")]
public sealed record DepthUpdate : SubscriptionEvent
{
    [Id(0)] public int Position { get; init; }
    [Id(1)] public string MarketMaker { get; init; } = string.Empty;
    [Id(2)] public int Operation { get; init; }
    [Id(3)] public int Side { get; init; }
    [Id(4)] public decimal Price { get; init; }
    [Id(5)] public decimal? Size { get; init; }
    [Id(6)] public bool IsSmartDepth { get; init; }
}

/// <summary>One account summary value.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountSummaryUpdate")]
public sealed record AccountSummaryUpdate : SubscriptionEvent
{
    [Id(0)] public AccountSummaryRow Row { get; init; } = new();
}

/// <summary>One position.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PositionUpdate")]
public sealed record PositionUpdate : SubscriptionEvent
{
    [Id(0)] public PositionRow Row { get; init; } = new();
}

/// <summary>One account value of an account-updates subscription.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountValueUpdate")]
public sealed record AccountValueUpdate : SubscriptionEvent
{
    [Id(0)] public AccountValue Value { get; init; } = new();
}

/// <summary>One portfolio position of an account-updates subscription.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PortfolioUpdate")]
public sealed record PortfolioUpdate : SubscriptionEvent
{
    [Id(0)] public PortfolioItem Item { get; init; } = new();
}

/// <summary>The time of the last account update (HH:mm).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountTimeUpdate")]
public sealed record AccountTimeUpdate : SubscriptionEvent
{
    [Id(0)] public string Time { get; init; } = string.Empty;
}

/// <summary>A PnL update.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PnLUpdate")]
public sealed record PnLUpdate : SubscriptionEvent
{
    [Id(0)] public PnL PnL { get; init; } = new();
}

/// <summary>A news bulletin.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsBulletinUpdate")]
public sealed record NewsBulletinUpdate : SubscriptionEvent
{
    [Id(0)] public NewsBulletin Bulletin { get; init; } = new();
}

/// <summary>An open order as the open-orders stream reports it.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OpenOrderUpdate")]
public sealed record OpenOrderUpdate : SubscriptionEvent
{
    [Id(0)] public OpenOrderRow Order { get; init; } = new();
}

/// <summary>A complete scanner result set; it replaces the previous one.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ScannerResults")]
public sealed record ScannerResults : SubscriptionEvent
{
    [Id(0)] public IReadOnlyList<ScannerRow> Rows { get; init; } = [];
}
