using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Subscriptions;

/// <summary>Top-of-book quotes (REQ_MKT_DATA), with optional generic tick types; a snapshot ends by itself.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.QuoteSpec")]
public sealed record QuoteSpec : SubscriptionSpec
{
    [Id(0)] public Contract Contract { get; init; } = new();

    /// <summary>Generic tick type ids, e.g. "233" for RTVolume, "106" for implied volatility.</summary>
    [Id(1)] public IReadOnlyList<string> GenericTicks { get; init; } = [];

    /// <summary>One snapshot, closed after TICK_SNAPSHOT_END.</summary>
    [Id(2)] public bool Snapshot { get; init; }

    [Id(3)] public bool RegulatorySnapshot { get; init; }

    /// <summary>1 live, 2 frozen, 3 delayed, 4 delayed-frozen; null to leave the session's setting.</summary>
    [Id(4)] public int? MarketDataType { get; init; }

    /// <inheritdoc/>
    public override string KindName => "quote";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Of(Contract), GenericTicks, Snapshot, RegulatorySnapshot, MarketDataType);
}

/// <summary>5-second real-time bars (REQ_REAL_TIME_BARS).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.RealTimeBarsSpec")]
public sealed record RealTimeBarsSpec : SubscriptionSpec
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public string WhatToShow { get; init; } = "TRADES";
    [Id(2)] public bool UseRth { get; init; } = true;

    /// <inheritdoc/>
    public override string KindName => "realtime_bars";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Of(Contract), WhatToShow, UseRth);
}

/// <summary>Tick-by-tick data (REQ_TICK_BY_TICK_DATA): Last, AllLast, BidAsk or MidPoint.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.TickByTickSpec")]
public sealed record TickByTickSpec : SubscriptionSpec
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public string TickType { get; init; } = "Last";
    [Id(2)] public int NumberOfTicks { get; init; }
    [Id(3)] public bool IgnoreSize { get; init; }

    /// <inheritdoc/>
    public override string KindName => "tick_by_tick";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Of(Contract), TickType, NumberOfTicks, IgnoreSize);
}

/// <summary>Market depth (REQ_MKT_DEPTH), optionally SMART depth.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.DepthSpec")]
public sealed record DepthSpec : SubscriptionSpec
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public int Rows { get; init; } = 5;
    [Id(2)] public bool SmartDepth { get; init; }

    /// <inheritdoc/>
    public override string KindName => "depth";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Of(Contract), Rows, SmartDepth);
}

/// <summary>Historical bars that keep updating (REQ_HISTORICAL_DATA with keepUpToDate): the history, then live bar updates.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.LiveBarsSpec")]
public sealed record LiveBarsSpec : SubscriptionSpec
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public string Duration { get; init; } = "1 D";
    [Id(2)] public string BarSize { get; init; } = "1 min";
    [Id(3)] public string WhatToShow { get; init; } = "TRADES";
    [Id(4)] public bool UseRth { get; init; } = true;

    /// <inheritdoc/>
    public override string KindName => "live_bars";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Of(Contract), Duration, BarSize, WhatToShow, UseRth);
}
