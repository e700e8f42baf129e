namespace Ibkr.Contracts.MarketData;

/// <summary>One price level of a histogram (HISTOGRAM_DATA): the volume traded at <see cref="Price"/> over the period.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.HistogramEntry")]
public sealed record HistogramEntry
{
    [Id(0)] public decimal Price { get; init; }

    /// <summary>Null when the Gateway sent no size.</summary>
    [Id(1)] public decimal? Size { get; init; }
}
