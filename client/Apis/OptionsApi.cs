using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Options: chains, and the Gateway's model price and implied volatility calculations.</summary>
public sealed class OptionsApi
{
    private readonly OneShotRunner _oneShots;

    internal OptionsApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>Option expirations and strikes per exchange for an underlying (the same as <see cref="ContractsApi.OptionChainsAsync"/>).</summary>
    public Task<IReadOnlyList<OptionChain>> ChainsAsync(OptionChainQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<OptionChain>(query, cancellationToken);

    /// <summary>The model price and greeks of <paramref name="option"/> at a volatility (0.25 for 25 %) and underlying price.</summary>
    public Task<OptionComputation> PriceAsync(Contract option, decimal volatility, decimal underlyingPrice, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<OptionComputation>(new OptionPriceQuery { Contract = option, Volatility = volatility, UnderlyingPrice = underlyingPrice }, cancellationToken);

    /// <summary>The implied volatility (and greeks) of <paramref name="option"/> at an option price and underlying price.</summary>
    public Task<OptionComputation> ImpliedVolatilityAsync(Contract option, decimal optionPrice, decimal underlyingPrice, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<OptionComputation>(new ImpliedVolatilityQuery { Contract = option, OptionPrice = optionPrice, UnderlyingPrice = underlyingPrice }, cancellationToken);
}
