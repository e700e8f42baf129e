using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using HistoricalTick = Ibkr.Contracts.MarketData.HistoricalTick;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_TICK_BY_TICK_DATA: TICK_BY_TICK messages whose fields depend on the tick type (1 Last and 2 AllLast: a
/// trade; 3 BidAsk: the top of book; 4 MidPoint: the midpoint, as the tick's price). No snapshot.
/// </summary>
internal sealed class TickByTickFlow(string grainKey, TickByTickSpec ticks) : SubscriptionFlow(grainKey, ticks)
{
    private TickByTickSpec Ticks => (TickByTickSpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() =>
    [
        new ReqTickByTickData
        {
            ReqId = ReqId,
            Contract = ContractMapping.ToWire(Ticks.Contract),
            TickType = Ticks.TickType,
            NumberOfTicks = Ticks.NumberOfTicks,
            IgnoreSize = Ticks.IgnoreSize,
        },
    ];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelTickByTickData { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        if (message is TickByTick t)
        {
            Emit(new TickByTickUpdate { TickType = t.TickType, Time = t.Time, Tick = Tick(t) }, context);
        }
    }

    private static HistoricalTick Tick(TickByTick t) => t.TickType switch
    {
        1 or 2 => new HistoricalTick
        {
            Time = t.Time,
            Price = t.Price,
            Size = t.Size,
            Exchange = t.Exchange,
            SpecialConditions = t.SpecialConditions,
            Attributes = t.TickAttribLast,
        },
        3 => new HistoricalTick
        {
            Time = t.Time,
            BidPrice = t.BidPrice,
            AskPrice = t.AskPrice,
            BidSize = t.BidSize,
            AskSize = t.AskSize,
            Attributes = t.TickAttribBidAsk,
        },
        4 => new HistoricalTick { Time = t.Time, Price = t.MidPoint },
        _ => new HistoricalTick { Time = t.Time },
    };
}
