using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_MKT_DATA: price, size, string, generic and option ticks. A TICK_PRICE that carries a size also yields the
/// matching size tick, as the official client does. A snapshot completes and closes at TICK_SNAPSHOT_END.
/// </summary>
internal sealed class QuoteFlow(string grainKey, QuoteSpec quote) : SubscriptionFlow(grainKey, quote)
{
    private QuoteSpec Quote => (QuoteSpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start()
    {
        if (Quote.MarketDataType is { } type)
        {
            yield return new ReqMarketDataType { MarketDataType = type };
        }

        yield return new ReqMktData
        {
            ReqId = ReqId,
            Contract = ContractMapping.ToWire(Quote.Contract),
            GenericTicks = Quote.GenericTicks.ToList(),
            Snapshot = Quote.Snapshot,
            RegulatorySnapshot = Quote.RegulatorySnapshot,
        };
    }

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => Quote.Snapshot ? [] : [new CancelMktData { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case TickPrice p:
                Emit(new PriceTick { Field = p.Field, Price = p.Price, CanAutoExecute = (p.AttrMask & 1) != 0, PastLimit = (p.AttrMask & 2) != 0, PreOpen = (p.AttrMask & 4) != 0 }, context);
                if (p.Size is { } size && SizeFieldOf(p.Field) is { } sizeField)
                {
                    Emit(new SizeTick { Field = sizeField, Size = size }, context);
                }

                break;
            case TickSize s:
                Emit(new SizeTick { Field = s.Field, Size = s.Size }, context);
                break;
            case TickString s:
                Emit(new StringTick { Field = s.Field, Value = s.Value }, context);
                break;
            case TickGeneric g:
                Emit(new GenericTick { Field = g.Field, Value = g.Value }, context);
                break;
            case TickOptionComputation o:
                Emit(new OptionComputationTick { Computation = MarketDataMapping.FromWire(o) }, context);
                break;
            case MarketDataType t:
                Emit(new MarketDataTypeChanged { MarketDataType = t.DataType }, context);
                break;
            case TickReqParams r:
                Emit(new QuoteParameters { MinTick = r.MinTick, BboExchange = r.BboExchange, SnapshotPermissions = r.SnapshotPermissions }, context);
                break;
            case TickSnapshotEnd:
                Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
                Report(LifecycleKind.Closed, context.ConnectionSeq, "snapshot complete");
                break;
        }
    }

    // Official EDecoder: bid 1 → bid size 0, ask 2 → 3, last 4 → 5, and the delayed 66/67/68 → 69/70/71.
    private static int? SizeFieldOf(int priceField) => priceField switch
    {
        1 => 0,
        2 => 3,
        4 => 5,
        66 => 69,
        67 => 70,
        68 => 71,
        _ => null,
    };
}
