using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Requests;

/// <summary>
/// The model price and greeks of an option at a volatility and underlying price → <see cref="ValueResult{T}"/>
/// of <see cref="MarketData.OptionComputation"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.OptionPriceQuery")]
public sealed record OptionPriceQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();

    /// <summary>Annualised volatility as a fraction (0.25 for 25 %).</summary>
    [Id(1)] public decimal Volatility { get; init; }

    [Id(2)] public decimal UnderlyingPrice { get; init; }
}

/// <summary>
/// The implied volatility (and greeks) of an option at a price and underlying price → <see cref="ValueResult{T}"/>
/// of <see cref="MarketData.OptionComputation"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.ImpliedVolatilityQuery")]
public sealed record ImpliedVolatilityQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public decimal OptionPrice { get; init; }
    [Id(2)] public decimal UnderlyingPrice { get; init; }
}
