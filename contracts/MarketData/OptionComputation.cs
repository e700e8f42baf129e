namespace Ibkr.Contracts.MarketData;

/// <summary>Option greeks and model values (TICK_OPTION_COMPUTATION); null where the Gateway has no value.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OptionComputation")]
public sealed record OptionComputation
{
    /// <summary>The tick type: 10 bid, 11 ask, 12 last, 13 model (and their delayed variants).</summary>
    [Id(0)] public int Field { get; init; }

    /// <summary>0 return-based, 1 price-based.</summary>
    [Id(1)] public int TickAttrib { get; init; }

    [Id(2)] public decimal? ImpliedVolatility { get; init; }
    [Id(3)] public decimal? Delta { get; init; }
    [Id(4)] public decimal? OptionPrice { get; init; }
    [Id(5)] public decimal? PvDividend { get; init; }
    [Id(6)] public decimal? Gamma { get; init; }
    [Id(7)] public decimal? Vega { get; init; }
    [Id(8)] public decimal? Theta { get; init; }
    [Id(9)] public decimal? UnderlyingPrice { get; init; }
}
