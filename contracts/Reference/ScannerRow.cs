using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Reference;

/// <summary>One row of scanner results, by rank.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ScannerRow")]
public sealed record ScannerRow
{
    [Id(0)] public int Rank { get; init; }
    [Id(1)] public ContractDetails Details { get; init; } = new();
    [Id(2)] public string Distance { get; init; } = string.Empty;
    [Id(3)] public string Benchmark { get; init; } = string.Empty;
    [Id(4)] public string Projection { get; init; } = string.Empty;
    [Id(5)] public string LegsStr { get; init; } = string.Empty;
}
