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
