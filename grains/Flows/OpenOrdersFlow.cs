using Ibkr.Contracts.Requests;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// The open-orders stream: REQ_OPEN_ORDERS lists this client's working orders (OPEN_ORDER rows, then
/// OPEN_ORDER_END = SnapshotComplete), and the Gateway goes on reporting every change to them (OPEN_ORDER and
/// ORDER_STATUS) without another request. REQ_AUTO_OPEN_ORDERS is not used: it only works for client id 0 and
/// rebinds TWS orders as a side effect. Each change is an <see cref="OpenOrderUpdate"/> with the order's latest
/// row (an ORDER_STATUS updates status and filled quantity of a row already seen). There is nothing to cancel on
/// the Gateway. The session still routes the same traffic to the order grains, and a listing it asks for after a
/// reconnect (reconciliation) reaches this stream too.
/// </summary>
internal sealed class OpenOrdersFlow(string grainKey, OpenOrdersSpec orders) : SubscriptionFlow(grainKey, orders)
{
    private readonly Dictionary<long, OpenOrderRow> _rows = [];
    private bool _listed;

    /// <inheritdoc/>
    public override string? Singleton => SingletonRoutes.OpenOrders;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start()
    {
        _listed = false;
        return [new ReqOpenOrders()];
    }

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case OpenOrder o:
                var row = OrderMapping.Row(o.Contract, o.Order, o.OrderState);
                _rows[KeyOf(row.PermId, row.OrderId)] = row;
                Emit(new OpenOrderUpdate { Order = row }, context);
                break;
            case OrderStatus s when _rows.TryGetValue(KeyOf(s.PermId, s.OrderId), out var known):
                var updated = known with { Status = s.Status, Filled = s.Filled };
                _rows[KeyOf(s.PermId, s.OrderId)] = updated;
                Emit(new OpenOrderUpdate { Order = updated }, context);
                break;
            case OpenOrderEnd when !_listed:
                _listed = true;
                Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
                break;
        }
    }

    // Perm ids name an order across clients and connections; an order not yet given one goes by its order id.
    private static long KeyOf(long permId, int orderId) => permId != 0 ? permId : -orderId;
}
