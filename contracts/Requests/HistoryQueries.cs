using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Requests;

/// <summary>Historical bars → rows of <see cref="MarketData.Bar"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.HistoricalBarsQuery")]
public sealed record HistoricalBarsQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();

    /// <summary>The end (yyyyMMdd HH:mm:ss zone, or empty for now).</summary>
    [Id(1)] public string EndDateTime { get; init; } = string.Empty;

    /// <summary>How far back: "1 D", "2 W", "1 Y"…</summary>
    [Id(2)] public string Duration { get; init; } = "1 D";

    /// <summary>"1 min", "5 mins", "1 hour", "1 day"…</summary>
    [Id(3)] public string BarSize { get; init; } = "1 hour";

    /// <summary>TRADES, MIDPOINT, BID, ASK, BID_ASK, ADJUSTED_LAST…</summary>
    [Id(4)] public string WhatToShow { get; init; } = "TRADES";

    [Id(5)] public bool UseRth { get; init; } = true;

    /// <summary>1 text dates, 2 epoch seconds.</summary>
    [Id(6)] public int FormatDate { get; init; } = 1;
}

/// <summary>The earliest date with data → <see cref="ValueResult{T}"/> of string.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.HeadTimestampQuery")]
public sealed record HeadTimestampQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public string WhatToShow { get; init; } = "TRADES";
    [Id(2)] public bool UseRth { get; init; } = true;
    [Id(3)] public int FormatDate { get; init; } = 1;
}

/// <summary>
/// Historical ticks → rows of <see cref="MarketData.HistoricalTick"/>, across every batch until the Gateway says
/// done. <see cref="WhatToShow"/> picks the kind: TRADES, BID_ASK or MIDPOINT. Give a start or an end time.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.HistoricalTicksQuery")]
public sealed record HistoricalTicksQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();

    /// <summary>The first tick's time ("yyyyMMdd HH:mm:ss zone"), or empty when <see cref="EndDateTime"/> is given.</summary>
    [Id(1)] public string StartDateTime { get; init; } = string.Empty;

    /// <summary>The last tick's time, or empty when <see cref="StartDateTime"/> is given.</summary>
    [Id(2)] public string EndDateTime { get; init; } = string.Empty;

    /// <summary>How many ticks (the Gateway serves at most 1000 per request).</summary>
    [Id(3)] public int NumberOfTicks { get; init; } = 1000;

    [Id(4)] public string WhatToShow { get; init; } = "TRADES";
    [Id(5)] public bool UseRth { get; init; } = true;

    /// <summary>True to leave out bid/ask ticks that only changed size.</summary>
    [Id(6)] public bool IgnoreSize { get; init; }
}

/// <summary>Volume per price level over a period → rows of <see cref="MarketData.HistogramEntry"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.HistogramQuery")]
public sealed record HistogramQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public bool UseRth { get; init; } = true;

    /// <summary>How far back: "3 days", "1 week", "2 months"…</summary>
    [Id(2)] public string Period { get; init; } = "1 week";
}

/// <summary>
/// The trading sessions of a contract (a history request with whatToShow SCHEDULE) → <see cref="ValueResult{T}"/>
/// of <see cref="MarketData.TradingSchedule"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.TradingScheduleQuery")]
public sealed record TradingScheduleQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();

    /// <summary>The end (yyyyMMdd-HH:mm:ss UTC, yyyyMMdd HH:mm:ss zone, or empty for now).</summary>
    [Id(1)] public string EndDateTime { get; init; } = string.Empty;

    /// <summary>How far back: "1 W", "1 M"…</summary>
    [Id(2)] public string Duration { get; init; } = "1 W";

    /// <summary>The bar size the schedule is computed for; "1 day" gives one session per trading day.</summary>
    [Id(3)] public string BarSize { get; init; } = "1 day";

    [Id(4)] public bool UseRth { get; init; } = true;
}
