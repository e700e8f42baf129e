using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using HistogramEntry = Ibkr.Contracts.MarketData.HistogramEntry;
using HistoricalTick = Ibkr.Contracts.MarketData.HistoricalTick;

namespace Ibkr.Grains.Flows;

/// <summary>History: bars, head timestamp, historical ticks (in batches until done), histogram, trading schedule.</summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForHistory(OneShotRequest request) => request switch
    {
        HistoricalBarsQuery q => new RowsFlow<Bar>(
            id => [HistoryRequest(id, q.Contract, q.EndDateTime, q.Duration, q.BarSize, q.UseRth, q.WhatToShow, q.FormatDate)],
            m => m switch
            {
                // One HISTORICAL_DATA frame carries every bar of the request, so it completes it; the 108 range end
                // that v200 Gateways send after it then finds no flow and is dropped (the corpus omits it).
                HistoricalData d => RowStep<Bar>.Many(d.Bars.Select(BarMapping.FromWire).ToArray(), end: true),
                HistoricalDataEnd => RowStep<Bar>.Done,
                _ => RowStep<Bar>.Skip,
            }),
        HeadTimestampQuery q => new ValueFlow<HeadTimestamp, string>(
            id => [new ReqHeadTimestamp { ReqId = id, Contract = ContractMapping.ToWire(q.Contract), UseRth = q.UseRth, WhatToShow = q.WhatToShow, FormatDate = q.FormatDate }],
            h => h.Timestamp),
        HistoricalTicksQuery q => new RowsFlow<HistoricalTick>(
            id => [new ReqHistoricalTicks
            {
                ReqId = id,
                Contract = ContractMapping.ToWire(q.Contract),
                StartDateTime = q.StartDateTime,
                EndDateTime = q.EndDateTime,
                NumberOfTicks = q.NumberOfTicks,
                WhatToShow = q.WhatToShow,
                UseRth = q.UseRth,
                IgnoreSize = q.IgnoreSize,
            }],
            m => m switch
            {
                HistoricalTicks t => RowStep<HistoricalTick>.Many(t.Ticks.Select(MarketDataMapping.FromWire).ToArray(), t.Done),
                HistoricalTicksBidAsk t => RowStep<HistoricalTick>.Many(t.Ticks.Select(MarketDataMapping.FromWire).ToArray(), t.Done),
                HistoricalTicksLast t => RowStep<HistoricalTick>.Many(t.Ticks.Select(MarketDataMapping.FromWire).ToArray(), t.Done),
                _ => RowStep<HistoricalTick>.Skip,
            }),
        HistogramQuery q => new RowsFlow<HistogramEntry>(
            id => [new ReqHistogramData { ReqId = id, Contract = ContractMapping.ToWire(q.Contract), UseRth = q.UseRth, Period = q.Period }],
            m => m is HistogramData h ? All(h.Entries.Select(MarketDataMapping.FromWire)) : RowStep<HistogramEntry>.Skip),
        TradingScheduleQuery q => new ValueFlow<HistoricalSchedule, TradingSchedule>(
            id => [HistoryRequest(id, q.Contract, q.EndDateTime, q.Duration, q.BarSize, q.UseRth, "SCHEDULE", formatDate: 1)],
            MarketDataMapping.FromWire),
        _ => null,
    };

    /// <summary>REQ_HISTORICAL_DATA for bars or, with whatToShow SCHEDULE, for the trading schedule.</summary>
    private static ReqHistoricalData HistoryRequest(int id, Contracts.Instruments.Contract contract, string end, string duration, string barSize, bool useRth, string whatToShow, int formatDate) => new()
    {
        ReqId = id,
        Contract = ContractMapping.ToWire(contract),
        EndDateTime = end,
        BarSizeSetting = barSize,
        DurationStr = duration,
        UseRth = useRth,
        WhatToShow = whatToShow,
        FormatDate = formatDate,
    };
}
