namespace Ibkr.Contracts.MarketData;

/// <summary>
/// One historical tick. Trades fill price, size, exchange and conditions; bid/ask ticks fill the bid and ask
/// fields; midpoint ticks fill price only. <see cref="Time"/> is epoch seconds.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.HistoricalTick")]
public sealed record HistoricalTick
{
    [Id(0)] public long Time { get; init; }
    [Id(1)] public decimal? Price { get; init; }
    [Id(2)] public decimal? Size { get; init; }
    [Id(3)] public decimal? BidPrice { get; init; }
    [Id(4)] public decimal? AskPrice { get; init; }
    [Id(5)] public decimal? BidSize { get; init; }
    [Id(6)] public decimal? AskSize { get; init; }
    [Id(7)] public string Exchange { get; init; } = string.Empty;
    [Id(8)] public string SpecialConditions { get; init; } = string.Empty;

    /// <summary>The attribute bit mask as sent (past limit, unreported, bid/ask past high/low).</summary>
    [Id(9)] public int Attributes { get; init; }
}
