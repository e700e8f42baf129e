using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using WireBar = Ibkr.Protocol.Messages.Inbound.RealTimeBar;

namespace Ibkr.Grains.Flows;

/// <summary>REQ_REAL_TIME_BARS: one REAL_TIME_BARS message every five seconds, each a bar of its own; no snapshot.</summary>
internal sealed class RealTimeBarsFlow(string grainKey, RealTimeBarsSpec bars) : SubscriptionFlow(grainKey, bars)
{
    // The Gateway serves 5-second bars only; the official client still sends the size.
    private const int BarSeconds = 5;

    private RealTimeBarsSpec Bars => (RealTimeBarsSpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() =>
    [
        new ReqRealTimeBars
        {
            ReqId = ReqId,
            Contract = ContractMapping.ToWire(Bars.Contract),
            BarSize = BarSeconds,
            WhatToShow = Bars.WhatToShow,
            UseRth = Bars.UseRth,
        },
    ];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelRealTimeBars { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        if (message is WireBar b)
        {
            Emit(new RealTimeBarUpdate { Bar = BarMapping.FromWire(b) }, context);
        }
    }
}
