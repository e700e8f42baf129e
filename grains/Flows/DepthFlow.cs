using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_MKT_DEPTH: changes to the book, one row at a time. An exchange's book arrives as MARKET_DEPTH rows; a
/// level-2 or SMART book as MARKET_DEPTH_L2 rows naming the market maker (or exchange) of each level. The cancel
/// repeats the SMART flag, as the official client does.
/// </summary>
internal sealed class DepthFlow(string grainKey, DepthSpec depth) : SubscriptionFlow(grainKey, depth)
{
    private DepthSpec Depth => (DepthSpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() =>
    [
        new ReqMktDepth
        {
            ReqId = ReqId,
            Contract = ContractMapping.ToWire(Depth.Contract),
            NumRows = Depth.Rows,
            IsSmartDepth = Depth.SmartDepth,
        },
    ];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelMktDepth { ReqId = ReqId, IsSmartDepth = Depth.SmartDepth }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case MarketDepth d:
                Emit(new DepthUpdate { Position = d.Position, Operation = d.Operation, Side = d.Side, Price = d.Price, Size = d.Size }, context);
                break;
            case MarketDepthL2 d:
                Emit(new DepthUpdate { Position = d.Position, MarketMaker = d.MarketMaker, Operation = d.Operation, Side = d.Side, Price = d.Price, Size = d.Size, IsSmartDepth = d.IsSmartDepth }, context);
                break;
        }
    }
}
