namespace Ibkr.Contracts.Instruments;

/// <summary>One match of a symbol search (SYMBOL_SAMPLES): the contract and the derivative types that exist on it.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ContractDescription")]
public sealed record ContractDescription
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public IReadOnlyList<string> DerivativeSecTypes { get; init; } = [];
}
