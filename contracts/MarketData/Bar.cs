namespace Ibkr.Contracts.MarketData;

/// <summary>One OHLC bar (historical or live-updated). <see cref="Time"/> is the Gateway's text (date, date-time or epoch seconds).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.Bar")]
public sealed record Bar
{
    [Id(0)] public string Time { get; init; } = string.Empty;
    [Id(1)] public decimal Open { get; init; }
    [Id(2)] public decimal High { get; init; }
    [Id(3)] public decimal Low { get; init; }
    [Id(4)] public decimal Close { get; init; }
    [Id(5)] public decimal? Volume { get; init; }
    [Id(6)] public decimal? Wap { get; init; }
    [Id(7)] public int BarCount { get; init; }
}

/// <summary>A 5-second real-time bar; <see cref="Time"/> is epoch seconds.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.RealTimeBar")]
public sealed record RealTimeBar
{
    [Id(0)] public long Time { get; init; }
    [Id(1)] public decimal Open { get; init; }
    [Id(2)] public decimal High { get; init; }
    [Id(3)] public decimal Low { get; init; }
    [Id(4)] public decimal Close { get; init; }
    [Id(5)] public decimal? Volume { get; init; }
    [Id(6)] public decimal? Wap { get; init; }
    [Id(7)] public int Count { get; init; }
}
