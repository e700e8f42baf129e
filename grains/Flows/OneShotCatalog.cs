using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using ContractDescription = Ibkr.Contracts.Instruments.ContractDescription;
using MarketRule = Ibkr.Contracts.Instruments.MarketRule;
using SmartComponent = Ibkr.Contracts.Instruments.SmartComponent;

namespace Ibkr.Grains.Flows;

/// <summary>
/// The flow for each kind of one-shot: which request it sends, which replies it collects, and which marker ends
/// it. A one-shot kind not listed here is refused with a clear reason.
/// </summary>
internal static class OneShotCatalog
{
    /// <summary>The flow for <paramref name="request"/>, or null when this kind is not supported.</summary>
    public static OneShotFlow? Create(OneShotRequest request) => request switch
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
            m => m is SymbolSamples s
                ? RowStep<ContractDescription>.Many(s.ContractDescriptions.Select(Describe).ToArray(), end: true)
                : RowStep<ContractDescription>.Skip),
        MarketRuleQuery q => new ValueFlow<MarketRule>(
            _ => [new ReqMarketRule { MarketRuleId = q.MarketRuleId }],
            m => m is Protocol.Messages.Inbound.MarketRule r
                ? new MarketRule { MarketRuleId = r.MarketRuleId, Increments = r.PriceIncrements.Select(i => new Contracts.Instruments.PriceIncrement { LowEdge = i.LowEdge, Increment = i.Increment }).ToArray() }
                : throw new InvalidOperationException($"unexpected {m.Descriptor.Name} for a market rule"),
            singleton: $"market_rule:{q.MarketRuleId}"),
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
                ? RowStep<SmartComponent>.Many(s.Components.Select(c => new SmartComponent { BitNumber = c.BitNumber, Exchange = c.ExchangeName, ExchangeLetter = c.ExchangeLetter }).ToArray(), end: true)
                : RowStep<SmartComponent>.Skip),
        HistoricalBarsQuery q => new RowsFlow<Bar>(
            id => [new ReqHistoricalData
            {
                ReqId = id,
                Contract = ContractMapping.ToWire(q.Contract),
                EndDateTime = q.EndDateTime,
                BarSizeSetting = q.BarSize,
                DurationStr = q.Duration,
                UseRth = q.UseRth,
                WhatToShow = q.WhatToShow,
                FormatDate = q.FormatDate,
            }],
            m => m switch
            {
                // One HISTORICAL_DATA frame carries every bar of the request, so it completes it; the 108 range end
                // that v200 Gateways send after it then finds no flow and is dropped (the corpus omits it).
                HistoricalData d => RowStep<Bar>.Many(d.Bars.Select(BarMapping.FromWire).ToArray(), end: true),
                HistoricalDataEnd => RowStep<Bar>.Done,
                _ => RowStep<Bar>.Skip,
            }),
        HeadTimestampQuery q => new ValueFlow<string>(
            id => [new ReqHeadTimestamp { ReqId = id, Contract = ContractMapping.ToWire(q.Contract), UseRth = q.UseRth, WhatToShow = q.WhatToShow, FormatDate = q.FormatDate }],
            m => m is HeadTimestamp h ? h.Timestamp : throw new InvalidOperationException($"unexpected {m.Descriptor.Name} for a head timestamp")),
        ExecutionsQuery q => new ExecutionsFlow(q.Filter),
        OpenOrdersQuery q => new OrderListFlow(
            q.Scope == OpenOrdersScope.All ? new ReqAllOpenOrders() : new ReqOpenOrders(),
            "open_orders"),
        CompletedOrdersQuery q => new OrderListFlow(new ReqCompletedOrders { ApiOnly = q.ApiOnly }, "completed_orders"),
        CurrentTimeQuery => new ValueFlow<long>(
            _ => [new ReqCurrentTime()],
            m => m is CurrentTime t ? t.Time : throw new InvalidOperationException($"unexpected {m.Descriptor.Name} for the current time"),
            singleton: "current_time"),
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
