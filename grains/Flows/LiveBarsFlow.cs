using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_HISTORICAL_DATA with keepUpToDate: the history (HISTORICAL_DATA, its bars not live), SnapshotComplete at
/// HISTORICAL_DATA_END, then HISTORICAL_DATA_UPDATE revising the bar in progress (live) until cancelled. Dates
/// come as text (formatDate 1). On a new connection the whole history comes again, after a Resumed.
/// </summary>
internal sealed class LiveBarsFlow(string grainKey, LiveBarsSpec bars) : SubscriptionFlow(grainKey, bars)
{
    private const int TextDates = 1;

    private LiveBarsSpec Bars => (LiveBarsSpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() =>
    [
        new ReqHistoricalData
        {
            ReqId = ReqId,
            Contract = ContractMapping.ToWire(Bars.Contract),
            EndDateTime = string.Empty,
            BarSizeSetting = Bars.BarSize,
            DurationStr = Bars.Duration,
            UseRth = Bars.UseRth,
            WhatToShow = Bars.WhatToShow,
            FormatDate = TextDates,
            KeepUpToDate = true,
        },
    ];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelHistoricalData { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case HistoricalData d:
                foreach (var bar in d.Bars)
                {
                    Emit(new BarUpdate { Bar = BarMapping.FromWire(bar) }, context);
                }

                break;
            case HistoricalDataEnd:
                Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
                break;
            case HistoricalDataUpdate u:
                Emit(new BarUpdate { Bar = BarMapping.FromWire(u), IsLive = true }, context);
                break;
        }
    }
}
