namespace Ibkr.Contracts.Instruments;

/// <summary>One exchange behind a SMART routing bit-number (SMART_COMPONENTS).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.SmartComponent")]
public sealed record SmartComponent
{
    [Id(0)] public int BitNumber { get; init; }
    [Id(1)] public string Exchange { get; init; } = string.Empty;
    [Id(2)] public string ExchangeLetter { get; init; } = string.Empty;
}
