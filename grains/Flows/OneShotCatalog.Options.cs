using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>Option calculations: the model price at a volatility, the implied volatility at a price (one TICK_OPTION_COMPUTATION each).</summary>
internal static partial class OneShotCatalog
{
    private static ValueFlow<TickOptionComputation, OptionComputation>? ForOptions(OneShotRequest request) => request switch
    {
        OptionPriceQuery q => new ValueFlow<TickOptionComputation, OptionComputation>(
            id => [new ReqCalcOptionPrice { ReqId = id, Contract = ContractMapping.ToWire(q.Contract), Volatility = q.Volatility, UnderPrice = q.UnderlyingPrice }],
            MarketDataMapping.FromWire),
        ImpliedVolatilityQuery q => new ValueFlow<TickOptionComputation, OptionComputation>(
            id => [new ReqCalcImpliedVolatility { ReqId = id, Contract = ContractMapping.ToWire(q.Contract), OptionPrice = q.OptionPrice, UnderPrice = q.UnderlyingPrice }],
            MarketDataMapping.FromWire),
        _ => null,
    };
}
