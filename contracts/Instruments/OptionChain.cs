namespace Ibkr.Contracts.Instruments;

/// <summary>One exchange's option chain for an underlying (SECURITY_DEFINITION_OPTION_PARAMETER).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OptionChain")]
public sealed record OptionChain
{
    [Id(0)] public string Exchange { get; init; } = string.Empty;
    [Id(1)] public long UnderlyingConId { get; init; }
    [Id(2)] public string TradingClass { get; init; } = string.Empty;
    [Id(3)] public string Multiplier { get; init; } = string.Empty;
    [Id(4)] public IReadOnlyList<string> Expirations { get; init; } = [];
    [Id(5)] public IReadOnlyList<decimal> Strikes { get; init; } = [];
}
