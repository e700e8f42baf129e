namespace Ibkr.Contracts.Instruments;

/// <summary>An exchange that offers market depth (MKT_DEPTH_EXCHANGES).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.DepthExchange")]
public sealed record DepthExchange
{
    [Id(0)] public string Exchange { get; init; } = string.Empty;
    [Id(1)] public string SecType { get; init; } = string.Empty;
    [Id(2)] public string ListingExchange { get; init; } = string.Empty;

    /// <summary>"Deep" (top rows) or "Deep2" (full book).</summary>
    [Id(3)] public string ServiceDataType { get; init; } = string.Empty;

    /// <summary>The aggregation group; null when the Gateway leaves it unset.</summary>
    [Id(4)] public int? AggregationGroup { get; init; }
}
