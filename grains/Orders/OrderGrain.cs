using Ibkr.Contracts.Errors;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Ibkr.Grains.Configuration;
using Ibkr.Grains.Sessions;
using Ibkr.Grains.Streams;
using Ibkr.Grains.Telemetry;
using Microsoft.Extensions.Options;

namespace Ibkr.Grains.Orders;

/// <summary>
/// One order, keyed <c>{session}/{order ref}</c>. The request is stored before it is sent, so placing the same
/// order ref again sends nothing; wire events fold into the stored snapshot (executions and commissions
/// deduplicated by exec id) and stream to readers; a gap marks the order for reconciliation instead of resending.
/// </summary>
internal sealed class OrderGrain : Grain, IOrderGrain
{
    private const int BufferedEvents = 1_024;

    private readonly IPersistentState<OrderGrainState> _state;
    private readonly IOptions<TradingOptions> _trading;
    private readonly EventLog<OrderEvent> _events = new(BufferedEvents, static (e, seq) => e with { Seq = seq });
    private readonly EventLog<LifecycleEvent> _lifecycle = new(BufferedEvents, static (e, seq) => e with { Seq = seq });

    public OrderGrain([PersistentState("order")] IPersistentState<OrderGrainState> state, IOptions<TradingOptions> trading)
    {
        _state = state;
        _trading = trading;
    }

    private OrderSnapshot Snapshot
    {
        get => _state.State.Snapshot;
        set => _state.State.Snapshot = value;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _events.Restore(Snapshot.EventCount);
        _lifecycle.Restore(_state.State.LifecycleSeq);
        CloseLogsIfDone();
        return Task.CompletedTask;
    }

    public async Task<OrderSnapshot> PlaceAsync(string session, OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Snapshot.Request is not null || Snapshot.PlacedElsewhere)
        {
            return Snapshot;
        }

        var (_, orderRef) = OrderKeys.Parse(this.GetPrimaryKeyString());
        var refusal = Validate(request) ?? (_trading.Value.Enabled ? null : "trading is disabled on this silo (set Ibkr:Trading:Enabled=true to place orders)");
        if (refusal is not null)
        {
            return Refused(orderRef, session, request, refusal);
        }

        // Stored before sending: if this silo dies mid-placement, the order is reconciled by ref, never resent.
        Snapshot = new OrderSnapshot { OrderRef = orderRef, Session = session, Request = request, Status = OrderStatusKind.PendingPlacement };
        await _state.WriteStateAsync();

        var result = await Session.PlaceOrderAsync(orderRef, request, 0);
        if (!result.Sent && result.OrderId == 0)
        {
            await _state.ClearStateAsync();
            return Refused(orderRef, session, request, result.Reason);
        }

        Snapshot = Snapshot with
        {
            OrderId = result.OrderId,
            Status = Snapshot.Status == OrderStatusKind.PendingPlacement ? OrderStatusKind.PendingSubmit : Snapshot.Status,
            LastSeenConnectionSeq = result.ConnectionSeq,
            AwaitingReconciliation = !result.Sent,
        };
        AppendLifecycle(new LifecycleEvent { Kind = LifecycleKind.Started, ConnectionSeq = result.ConnectionSeq, Reason = $"sent as order id {result.OrderId}" });
        await _state.WriteStateAsync();
        return Snapshot;
    }

    public async Task<OrderSnapshot> ModifyAsync(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refusal = Validate(request)
            ?? (Snapshot.OrderId == 0 ? "the order has not been placed"
            : Snapshot.IsTerminal ? $"the order is {Snapshot.Status} and can no longer be modified"
            : null);
        if (refusal is not null)
        {
            return Snapshot with { LastError = LocalError(refusal) };
        }

        var result = await Session.PlaceOrderAsync(Snapshot.OrderRef, request, Snapshot.OrderId);
        if (!result.Sent)
        {
            return Snapshot with { LastError = LocalError(result.Reason) };
        }

        Snapshot = Snapshot with { Request = request };
        await _state.WriteStateAsync();
        return Snapshot;
    }

    public async Task<OrderSnapshot> CancelAsync()
    {
        if (Snapshot.OrderId == 0 || Snapshot.IsTerminal)
        {
            return Snapshot with { LastError = LocalError(Snapshot.OrderId == 0 ? "the order has not been placed" : $"the order is already {Snapshot.Status}") };
        }

        var result = await Session.CancelOrderAsync(Snapshot.OrderRef, Snapshot.OrderId);
        return result.Sent ? Snapshot : Snapshot with { LastError = LocalError(result.Reason) };
    }

    public Task<OrderSnapshot> GetAsync() => Task.FromResult(Snapshot);

    public IAsyncEnumerable<OrderEvent> EventsAsync(long afterSeq) => _events.ReadAsync(afterSeq);

    public IAsyncEnumerable<LifecycleEvent> LifecycleAsync(long afterSeq) => _lifecycle.ReadAsync(afterSeq);

    public async Task<OrderSnapshot> OnWireEventsAsync(string session, IReadOnlyList<OrderEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (Snapshot.Request is null && !Snapshot.PlacedElsewhere)
        {
            // First sight of an order this service did not place (TWS, another client): track it all the same.
            var (_, orderRef) = OrderKeys.Parse(this.GetPrimaryKeyString());
            Snapshot = Snapshot with { OrderRef = orderRef, Session = session, PlacedElsewhere = true, Status = OrderStatusKind.Unknown };
            AppendLifecycle(new LifecycleEvent { Kind = LifecycleKind.Started, ConnectionSeq = events.Count > 0 ? events[0].ConnectionSeq : 0, Reason = "seen on the wire" });
        }

        var changed = false;
        foreach (var e in events)
        {
            if (OrderFold.Apply(Snapshot, e) is { } next)
            {
                var numbered = _events.Append(e);
                Measure(Snapshot, next, e);
                Snapshot = next with { EventCount = numbered.Seq, LastSeenConnectionSeq = e.ConnectionSeq, AwaitingReconciliation = false };
                changed = true;
            }
        }

        if (changed)
        {
            CloseLogsIfDone();
            await _state.WriteStateAsync();
        }

        return Snapshot;
    }

    public async Task OnSessionLifecycleAsync(LifecycleEvent lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        if (Snapshot.IsTerminal && IsSettled(Snapshot))
        {
            return;
        }

        if (lifecycle.Kind == LifecycleKind.Gap)
        {
            Snapshot = Snapshot with { AwaitingReconciliation = true };
        }

        AppendLifecycle(lifecycle);
        await _state.WriteStateAsync();
    }

    private static void Measure(OrderSnapshot before, OrderSnapshot after, OrderEvent e)
    {
        if (before.Status != after.Status)
        {
            GrainMetrics.OrderTransition(after.Session, before.Status.ToString(), after.Status.ToString());
        }

        if (e is OrderExecuted)
        {
            GrainMetrics.Filled(after.Session);
        }
    }

    private IGatewaySessionGrain Session => GrainFactory.GetGrain<IGatewaySessionGrain>(Snapshot.Session);

    private void AppendLifecycle(LifecycleEvent lifecycle)
    {
        var numbered = _lifecycle.Append(lifecycle);
        _state.State.LifecycleSeq = numbered.Seq;
    }

    private void CloseLogsIfDone()
    {
        if (Snapshot.IsTerminal && IsSettled(Snapshot) && !_events.IsClosed)
        {
            AppendLifecycle(new LifecycleEvent { Kind = LifecycleKind.Closed, ConnectionSeq = Snapshot.LastSeenConnectionSeq, Reason = Snapshot.Status.ToString() });
            _events.Close();
            _lifecycle.Close();
        }
    }

    /// <summary>Every execution has its commission (they may trail the terminal status).</summary>
    private static bool IsSettled(OrderSnapshot s) =>
        s.Executions.All(x => s.Commissions.Any(c => c.ExecId == x.ExecId));

    private static OrderSnapshot Refused(string orderRef, string session, OrderRequest request, string reason) => new()
    {
        OrderRef = orderRef,
        Session = session,
        Request = request,
        Status = OrderStatusKind.Inactive,
        StatusText = reason,
        LastError = LocalError(reason),
    };

    private static IbkrError LocalError(string reason) => new() { Code = 0, Message = reason };

    private static string? Validate(OrderRequest r)
    {
        if (r.Action is not ("BUY" or "SELL" or "SSHORT"))
        {
            return $"action must be BUY, SELL or SSHORT, not '{r.Action}'";
        }

        if (r.TotalQuantity <= 0 && r.CashQty is null)
        {
            return $"total quantity must be positive, not {r.TotalQuantity}";
        }

        return r.OrderType.Length == 0 ? "order type is required (LMT, MKT, STP…)" : null;
    }
}
