using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using ContractDescription = Ibkr.Contracts.Instruments.ContractDescription;
using MarketRule = Ibkr.Contracts.Instruments.MarketRule;
using SmartComponent = Ibkr.Contracts.Instruments.SmartComponent;

namespace Ibkr.Grains.Flows;

/// <summary>Contract look-ups: details, symbol search, market rules, option chains, SMART components, fundamentals, depth exchanges.</summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForContracts(OneShotRequest request) => request switch
    {
        ContractDetailsQuery q => new RowsFlow<ContractDetails>(
            id => [new ReqContractDetails { ReqId = id, Contract = ContractMapping.ToWire(q.Contract) }],
            m => m switch
            {
                ContractData d => RowStep<ContractDetails>.Row(ContractMapping.FromWire(d.Details, bond: false)),
                BondContractData d => RowStep<ContractDetails>.Row(ContractMapping.FromWire(d.Details, bond: true)),
                ContractDataEnd => RowStep<ContractDetails>.Done,
                _ => RowStep<ContractDetails>.Skip,
            }),
        MatchingSymbolsQuery q => new RowsFlow<ContractDescription>(
            id => [new ReqMatchingSymbols { ReqId = id, Pattern = q.Pattern }],
            m => m is SymbolSamples s ? All(s.ContractDescriptions.Select(Describe)) : RowStep<ContractDescription>.Skip),
        MarketRuleQuery q => new ValueFlow<Protocol.Messages.Inbound.MarketRule, MarketRule>(
            _ => [new ReqMarketRule { MarketRuleId = q.MarketRuleId }],
            r => new MarketRule { MarketRuleId = r.MarketRuleId, Increments = r.PriceIncrements.Select(i => new Contracts.Instruments.PriceIncrement { LowEdge = i.LowEdge, Increment = i.Increment }).ToArray() },
            singleton: SingletonRoutes.MarketRule(q.MarketRuleId)),
        OptionChainQuery q => new RowsFlow<OptionChain>(
            id => [new ReqSecDefOptParams { ReqId = id, UnderlyingSymbol = q.UnderlyingSymbol, FutFopExchange = q.FutFopExchange, UnderlyingSecType = q.UnderlyingSecType, UnderlyingConId = checked((int)q.UnderlyingConId) }],
            m => m switch
            {
                SecurityDefinitionOptionParameter p => RowStep<OptionChain>.Row(new OptionChain
                {
                    Exchange = p.Exchange,
                    UnderlyingConId = p.UnderlyingConId,
                    TradingClass = p.TradingClass,
                    Multiplier = p.Multiplier,
                    Expirations = p.Expirations.ToArray(),
                    Strikes = p.Strikes.ToArray(),
                }),
                SecurityDefinitionOptionParameterEnd => RowStep<OptionChain>.Done,
                _ => RowStep<OptionChain>.Skip,
            }),
        SmartComponentsQuery q => new RowsFlow<SmartComponent>(
            id => [new ReqSmartComponents { ReqId = id, BboExchange = q.BboExchange }],
            m => m is SmartComponents s
                ? All(s.Components.Select(c => new SmartComponent { BitNumber = c.BitNumber, Exchange = c.ExchangeName, ExchangeLetter = c.ExchangeLetter }))
                : RowStep<SmartComponent>.Skip),
        FundamentalDataQuery q => new ValueFlow<FundamentalData, string>(
            id => [new ReqFundamentalData { ReqId = id, Contract = ContractMapping.ToWire(q.Contract), ReportType = q.ReportType }],
            d => d.Data),
        DepthExchangesQuery => new RowsFlow<DepthExchange>(
            _ => [new ReqMktDepthExchanges()],
            m => m is MktDepthExchanges e ? All(e.Exchanges.Select(ReferenceMapping.FromWire)) : RowStep<DepthExchange>.Skip,
            singleton: SingletonRoutes.DepthExchanges),
        _ => null,
    };

    private static ContractDescription Describe(Protocol.Messages.Inbound.ContractDescription d) => new()
    {
        Contract = new Contract
        {
            ConId = d.ConId,
            Symbol = d.Symbol,
            SecType = d.SecType,
            PrimaryExchange = d.PrimaryExchange,
            Currency = d.Currency,
            Description = d.Description,
            IssuerId = d.IssuerId,
        },
        DerivativeSecTypes = d.DerivativeSecTypes.ToArray(),
    };
}
