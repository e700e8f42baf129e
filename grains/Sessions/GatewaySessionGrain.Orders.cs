using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Ibkr.Grains.Flows;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transport;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// Orders: id allocation, sending place/modify/cancel, mapping what the Gateway says about an order (by order ref,
/// order id or perm id) to its order grain, and telling working orders about gaps and reconnects.
/// </summary>
internal sealed partial class GatewaySessionGrain
{
    private const int MaxRememberedExecIds = 10_000;

    // Commission reports name only the exec id: remember which order each recent execution belonged to.
    private readonly Dictionary<string, string> _orderRefsByExecId = [];

    public async Task<PlaceOrderResult> PlaceOrderAsync(string orderRef, OrderRequest request, int orderId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CannotTrade() is { } refused)
        {
            return refused;
        }

        if (_leg is not { } leg)
        {
            return NotConnected();
        }

        if (orderId == 0)
        {
            orderId = checked((int)State.NextOrderId);
            State.NextOrderId++;
        }

        State.OrderRefsById[orderId] = orderRef;
        State.WorkingOrders.Add(orderRef);
        await WriteStateAsync();

        var parentId = request.ParentOrderRef.Length == 0
            ? 0
            : State.OrderRefsById.FirstOrDefault(p => p.Value == request.ParentOrderRef).Key;
        var message = new PlaceOrder
        {
            Contract = ContractMapping.ToWire(request.Contract),
            Order = OrderMapping.ToWire(request, orderId, orderRef, parentId),
        };
        return await TrySendAsync(leg, [message])
            ? new PlaceOrderResult { Sent = true, OrderId = orderId, ConnectionSeq = State.ConnectionSeq }
            : new PlaceOrderResult { OrderId = orderId, Retryable = true, Reason = "the connection closed while sending; the order is reconciled on the next connection" };
    }

    public async Task<PlaceOrderResult> CancelOrderAsync(string orderRef, int orderId)
    {
        if (CannotTrade() is { } refused)
        {
            return refused;
        }

        if (_leg is not { } leg)
        {
            return NotConnected();
        }

        return await TrySendAsync(leg, [new CancelOrder { OrderId = orderId }])
            ? new PlaceOrderResult { Sent = true, OrderId = orderId, ConnectionSeq = State.ConnectionSeq }
            : NotConnected();
    }

    public async Task ReconcileOrdersAsync()
    {
        if (_leg is { } leg)
        {
            await TrySendAsync(leg, ReconciliationRequests());
        }
    }

    private PlaceOrderResult? CannotTrade()
    {
        if (!_trading.Value.Enabled)
        {
            return new PlaceOrderResult { Reason = "trading is disabled on this silo (set Ibkr:Trading:Enabled=true to place, modify or cancel orders)" };
        }

        EnsureStarted();
        return null;
    }

    private PlaceOrderResult NotConnected() => new()
    {
        Retryable = true,
        Reason = NotConnectedReason,
    };

    /// <summary>
    /// After a gap the Gateway is asked for open orders, executions and completed orders; their answers reach the
    /// order grains like live traffic, and the grains catch up (executions deduplicated by exec id).
    /// </summary>
    private IEnumerable<Message> ReconciliationRequests() =>
    [
        new ReqOpenOrders(),
        new ReqExecutions { ReqId = NextRequestId(), LastNDays = int.MaxValue },
        new ReqCompletedOrders { ApiOnly = true },
    ];

    private async Task ResumeOrdersAsync(GatewayLeg leg)
    {
        if (State.WorkingOrders.Count == 0)
        {
            return;
        }

        await NotifyOrdersAsync(LifecycleKind.Resumed, $"connection {State.ConnectionSeq} is ready");
        if (State.ConnectionSeq > 1)
        {
            await TrySendAsync(leg, ReconciliationRequests());
        }
    }

    private Task GapOrdersAsync(string reason) => NotifyOrdersAsync(LifecycleKind.Gap, reason);

    private async Task NotifyOrdersAsync(LifecycleKind kind, string reason)
    {
        var change = new LifecycleEvent { Kind = kind, Reason = reason, ConnectionSeq = State.ConnectionSeq };
        foreach (var orderRef in State.WorkingOrders.ToArray())
        {
            await GrainFactory.GetGrain<IOrderGrain>(OrderKeys.Of(Name, orderRef)).OnSessionLifecycleAsync(change);
        }
    }

    private void RouteOrderTraffic(Message message, FlowContext context, OrderDeliveries orders)
    {
        var seq = context.ConnectionSeq;
        switch (message)
        {
            case OpenOrder o when ResolveOrderRef(o.Order.OrderRef, o.Order.OrderId, o.Order.PermId, o.Order.ClientId) is { } orderRef:
                orders.Add(orderRef, new OrderOpened
                {
                    Report = OrderMapping.Row(o.Contract, o.Order, o.OrderState),
                    Commission = o.OrderState.CommissionAndFees,
                    InitMarginChange = o.OrderState.InitMarginChange,
                    WarningText = o.OrderState.WarningText,
                    ConnectionSeq = seq,
                });
                break;
            case OrderStatus s when ResolveOrderRef(string.Empty, s.OrderId, s.PermId, s.ClientId) is { } orderRef:
                orders.Add(orderRef, new OrderStatusChanged
                {
                    OrderId = s.OrderId,
                    ClientId = s.ClientId,
                    Status = s.Status,
                    Filled = s.Filled ?? 0m,
                    Remaining = s.Remaining ?? 0m,
                    AvgFillPrice = s.AvgFillPrice,
                    LastFillPrice = s.LastFillPrice,
                    PermId = s.PermId,
                    WhyHeld = s.WhyHeld,
                    MktCapPrice = s.MktCapPrice,
                    ConnectionSeq = seq,
                });
                break;
            case ExecutionData d when ResolveOrderRef(d.Execution.OrderRef, d.Execution.OrderId, d.Execution.PermId, d.Execution.ClientId) is { } orderRef:
                if (_orderRefsByExecId.Count >= MaxRememberedExecIds)
                {
                    _orderRefsByExecId.Clear();
                }

                _orderRefsByExecId[d.Execution.ExecId] = orderRef;
                orders.Add(orderRef, new OrderExecuted { Execution = OrderMapping.FromWire(d.Contract, d.Execution), ConnectionSeq = seq });
                break;
            case CommissionReport c:
                var commission = OrderMapping.FromWire(c);
                foreach (var flow in _flowsByReqId.Values.OfType<ExecutionsFlow>())
                {
                    flow.Attach(commission);
                }

                if (_orderRefsByExecId.TryGetValue(c.ExecId, out var owner))
                {
                    orders.Add(owner, new OrderCommission { Commission = commission, ConnectionSeq = seq });
                }

                break;
            case CompletedOrder c when ResolveOrderRef(c.Order.OrderRef, 0, c.Order.PermId, c.Order.ClientId) is { } orderRef:
                orders.Add(orderRef, new OrderOpened { Report = OrderMapping.Row(c.Contract, c.Order, c.OrderState), ConnectionSeq = seq });
                break;
        }
    }

    /// <summary>
    /// Which order a message is about: its order ref when it carries one, else this client's order id, else the perm
    /// id; an order known by none of them (placed elsewhere) gets a perm-id ref. Null when nothing identifies it.
    /// </summary>
    private string? ResolveOrderRef(string orderRef, int orderId, long permId, int clientId)
    {
        var ours = _options is not null && clientId == _options.ClientId;
        if (orderRef.Length == 0)
        {
            if (orderId != 0 && ours && State.OrderRefsById.TryGetValue(orderId, out var byId))
            {
                orderRef = byId;
            }
            else if (permId != 0 && State.OrderRefsByPermId.TryGetValue(permId, out var byPerm))
            {
                orderRef = byPerm;
            }
            else if (orderId != 0 && State.OrderRefsById.TryGetValue(orderId, out var anyClient))
            {
                // Some Gateways report our orders with client id 0 (seen in the reference corpus): an id we
                // allocated still names our order when no perm id says otherwise.
                orderRef = anyClient;
            }
            else if (permId != 0)
            {
                orderRef = OrderKeys.ForPermId(permId);
            }
            else
            {
                return null;
            }
        }

        if (permId != 0 && !State.OrderRefsByPermId.ContainsKey(permId))
        {
            State.OrderRefsByPermId[permId] = orderRef;
            _stateDirty = true;
        }

        if (orderId != 0 && ours && !State.OrderRefsById.ContainsKey(orderId))
        {
            State.OrderRefsById[orderId] = orderRef;
            _stateDirty = true;
        }

        return orderRef;
    }

    private async Task DeliverOrderEventsAsync(OrderDeliveries orders)
    {
        foreach (var (orderRef, events) in orders.ByRef)
        {
            var snapshot = await GrainFactory.GetGrain<IOrderGrain>(OrderKeys.Of(Name, orderRef)).OnWireEventsAsync(Name, events);
            var working = !snapshot.IsTerminal;
            if (working ? State.WorkingOrders.Add(orderRef) : State.WorkingOrders.Remove(orderRef))
            {
                _stateDirty = true;
            }
        }

        if (_stateDirty)
        {
            await WriteStateAsync();
        }
    }
}
