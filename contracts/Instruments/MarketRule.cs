namespace Ibkr.Contracts.Instruments;

/// <summary>A market rule: the price increment that applies from each low edge upward.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.MarketRule")]
public sealed record MarketRule
{
    [Id(0)] public int MarketRuleId { get; init; }
    [Id(1)] public IReadOnlyList<PriceIncrement> Increments { get; init; } = [];
}

/// <summary>From <see cref="LowEdge"/> upward, prices move in steps of <see cref="Increment"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PriceIncrement")]
public sealed record PriceIncrement
{
    [Id(0)] public decimal LowEdge { get; init; }
    [Id(1)] public decimal Increment { get; init; }
}
