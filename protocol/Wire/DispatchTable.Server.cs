using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>Dispatch for messages the Gateway sends (generated from the <see cref="WireMessageAttribute"/>s).</summary>
internal static partial class DispatchTable
{
    /// <summary>Decodes a server message, or returns null for an id no type claims.</summary>
    /// <remarks>
    /// Price and size ticks are most of a market-data session's frames. Testing for them first makes the common case
    /// two compares with small inlined layouts, and leaves the jump table (whose arms inline the other layouts) for
    /// the rest: measured, a shuffled mix decodes about 4% faster than through the table alone.
    /// </remarks>
    public static Message? ReadServer(int id, WireReader reader) =>
        id == InMsg.TickPrice ? Fill(new Messages.Inbound.TickPrice(), reader)
        : id == InMsg.TickSize ? Fill(new Messages.Inbound.TickSize(), reader)
        : ReadServerTable(id, reader);

    private static Message? ReadServerTable(int id, WireReader reader) => id switch
    {
        InMsg.AccountDownloadEnd => Fill(new Messages.Inbound.AccountDownloadEnd(), reader),
        InMsg.AccountSummary => Fill(new Messages.Inbound.AccountSummary(), reader),
        InMsg.AccountSummaryEnd => Fill(new Messages.Inbound.AccountSummaryEnd(), reader),
        InMsg.AccountUpdateMulti => Fill(new Messages.Inbound.AccountUpdateMulti(), reader),
        InMsg.AccountUpdateMultiEnd => Fill(new Messages.Inbound.AccountUpdateMultiEnd(), reader),
        InMsg.AccountUpdateTime => Fill(new Messages.Inbound.AccountUpdateTime(), reader),
        InMsg.AccountValue => Fill(new Messages.Inbound.AccountValue(), reader),
        InMsg.BondContractData => Fill(new Messages.Inbound.BondContractData(), reader),
        InMsg.CommissionReport => Fill(new Messages.Inbound.CommissionReport(), reader),
        InMsg.CompletedOrder => Fill(new Messages.Inbound.CompletedOrder(), reader),
        InMsg.CompletedOrdersEnd => Fill(new Messages.Inbound.CompletedOrdersEnd(), reader),
        InMsg.ContractData => Fill(new Messages.Inbound.ContractData(), reader),
        InMsg.ContractDataEnd => Fill(new Messages.Inbound.ContractDataEnd(), reader),
        InMsg.CurrentTime => Fill(new Messages.Inbound.CurrentTime(), reader),
        InMsg.CurrentTimeInMillis => Fill(new Messages.Inbound.CurrentTimeInMillis(), reader),
        InMsg.DeltaNeutralValidation => Fill(new Messages.Inbound.DeltaNeutralValidation(), reader),
        InMsg.DisplayGroupList => Fill(new Messages.Inbound.DisplayGroupList(), reader),
        InMsg.DisplayGroupUpdated => Fill(new Messages.Inbound.DisplayGroupUpdated(), reader),
        InMsg.Error => Fill(new Messages.Inbound.ApiError(), reader),
        InMsg.ExecutionData => Fill(new Messages.Inbound.ExecutionData(), reader),
        InMsg.ExecutionDataEnd => Fill(new Messages.Inbound.ExecutionDataEnd(), reader),
        InMsg.FamilyCodes => Fill(new Messages.Inbound.FamilyCodes(), reader),
        InMsg.FundamentalData => Fill(new Messages.Inbound.FundamentalData(), reader),
        InMsg.HeadTimestamp => Fill(new Messages.Inbound.HeadTimestamp(), reader),
        InMsg.HistogramData => Fill(new Messages.Inbound.HistogramData(), reader),
        InMsg.HistoricalData => Fill(new Messages.Inbound.HistoricalData(), reader),
        InMsg.HistoricalDataEnd => Fill(new Messages.Inbound.HistoricalDataEnd(), reader),
        InMsg.HistoricalDataUpdate => Fill(new Messages.Inbound.HistoricalDataUpdate(), reader),
        InMsg.HistoricalNews => Fill(new Messages.Inbound.HistoricalNews(), reader),
        InMsg.HistoricalNewsEnd => Fill(new Messages.Inbound.HistoricalNewsEnd(), reader),
        InMsg.HistoricalSchedule => Fill(new Messages.Inbound.HistoricalSchedule(), reader),
        InMsg.HistoricalTicks => Fill(new Messages.Inbound.HistoricalTicks(), reader),
        InMsg.HistoricalTicksBidAsk => Fill(new Messages.Inbound.HistoricalTicksBidAsk(), reader),
        InMsg.HistoricalTicksLast => Fill(new Messages.Inbound.HistoricalTicksLast(), reader),
        InMsg.ManagedAccounts => Fill(new Messages.Inbound.ManagedAccounts(), reader),
        InMsg.MarketDataType => Fill(new Messages.Inbound.MarketDataType(), reader),
        InMsg.MarketDepth => Fill(new Messages.Inbound.MarketDepth(), reader),
        InMsg.MarketDepthL2 => Fill(new Messages.Inbound.MarketDepthL2(), reader),
        InMsg.MarketRule => Fill(new Messages.Inbound.MarketRule(), reader),
        InMsg.MktDepthExchanges => Fill(new Messages.Inbound.MktDepthExchanges(), reader),
        InMsg.NewsArticle => Fill(new Messages.Inbound.NewsArticle(), reader),
        InMsg.NewsBulletins => Fill(new Messages.Inbound.NewsBulletin(), reader),
        InMsg.NewsProviders => Fill(new Messages.Inbound.NewsProviders(), reader),
        InMsg.NextValidId => Fill(new Messages.Inbound.NextValidId(), reader),
        InMsg.OpenOrder => Fill(new Messages.Inbound.OpenOrder(), reader),
        InMsg.OpenOrderEnd => Fill(new Messages.Inbound.OpenOrderEnd(), reader),
        InMsg.OrderBound => Fill(new Messages.Inbound.OrderBound(), reader),
        InMsg.OrderStatus => Fill(new Messages.Inbound.OrderStatus(), reader),
        InMsg.PnL => Fill(new Messages.Inbound.PnL(), reader),
        InMsg.PnLSingle => Fill(new Messages.Inbound.PnLSingle(), reader),
        InMsg.PortfolioValue => Fill(new Messages.Inbound.PortfolioValue(), reader),
        InMsg.Position => Fill(new Messages.Inbound.Position(), reader),
        InMsg.PositionEnd => Fill(new Messages.Inbound.PositionEnd(), reader),
        InMsg.PositionMulti => Fill(new Messages.Inbound.PositionMulti(), reader),
        InMsg.PositionMultiEnd => Fill(new Messages.Inbound.PositionMultiEnd(), reader),
        InMsg.RealTimeBars => Fill(new Messages.Inbound.RealTimeBar(), reader),
        InMsg.ReceiveFa => Fill(new Messages.Inbound.ReceiveFa(), reader),
        InMsg.ReplaceFaEnd => Fill(new Messages.Inbound.ReplaceFaEnd(), reader),
        InMsg.RerouteMktDataReq => Fill(new Messages.Inbound.RerouteMktDataReq(), reader),
        InMsg.RerouteMktDepthReq => Fill(new Messages.Inbound.RerouteMktDepthReq(), reader),
        InMsg.ScannerData => Fill(new Messages.Inbound.ScannerData(), reader),
        InMsg.ScannerParameters => Fill(new Messages.Inbound.ScannerParameters(), reader),
        InMsg.SecurityDefinitionOptionParameter => Fill(new Messages.Inbound.SecurityDefinitionOptionParameter(), reader),
        InMsg.SecurityDefinitionOptionParameterEnd => Fill(new Messages.Inbound.SecurityDefinitionOptionParameterEnd(), reader),
        InMsg.SmartComponents => Fill(new Messages.Inbound.SmartComponents(), reader),
        InMsg.SoftDollarTiers => Fill(new Messages.Inbound.SoftDollarTiers(), reader),
        InMsg.SymbolSamples => Fill(new Messages.Inbound.SymbolSamples(), reader),
        InMsg.TickByTick => Fill(new Messages.Inbound.TickByTick(), reader),
        InMsg.TickEfp => Fill(new Messages.Inbound.TickEfp(), reader),
        InMsg.TickGeneric => Fill(new Messages.Inbound.TickGeneric(), reader),
        InMsg.TickNews => Fill(new Messages.Inbound.TickNews(), reader),
        InMsg.TickOptionComputation => Fill(new Messages.Inbound.TickOptionComputation(), reader),
        InMsg.TickPrice => Fill(new Messages.Inbound.TickPrice(), reader),
        InMsg.TickReqParams => Fill(new Messages.Inbound.TickReqParams(), reader),
        InMsg.TickSize => Fill(new Messages.Inbound.TickSize(), reader),
        InMsg.TickSnapshotEnd => Fill(new Messages.Inbound.TickSnapshotEnd(), reader),
        InMsg.TickString => Fill(new Messages.Inbound.TickString(), reader),
        InMsg.UserInfo => Fill(new Messages.Inbound.UserInfo(), reader),
        InMsg.VerifyAndAuthCompleted => Fill(new Messages.Inbound.VerifyAndAuthCompleted(), reader),
        InMsg.VerifyAndAuthMessageApi => Fill(new Messages.Inbound.VerifyAndAuthMessageApi(), reader),
        InMsg.VerifyCompleted => Fill(new Messages.Inbound.VerifyCompleted(), reader),
        InMsg.VerifyMessageApi => Fill(new Messages.Inbound.VerifyMessageApi(), reader),
        InMsg.WshEventData => Fill(new Messages.Inbound.WshEventData(), reader),
        InMsg.WshMetaData => Fill(new Messages.Inbound.WshMetaData(), reader),
        _ => null,
    };
}
