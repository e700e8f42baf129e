using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Simulator.Hosting;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Orders;

/// <summary>
/// Order entry and matching. Orders are keyed by (client id, order id); a placeOrder with a known id modifies.
/// Working orders match every step in placement order against the size shown at the touch, so a large order
/// fills in parts; fills go to the owning client as execution, open order, order status and commission report,
/// then to the account subscribers.
/// </summary>
internal sealed partial class OrderService(SimulatorCore core)
{
    private readonly Dictionary<(int ClientId, int OrderId), SimOrder> _orders = [];
    private readonly List<SimOrder> _placed = [];
    private readonly Dictionary<int, int> _highestId = [];
    private readonly List<ExecutionRecord> _executions = [];
    private long _nextPermId = 900_000_001;
    private int _executionCount;

    public void Place(ClientSession session, PlaceOrder request)
    {
        var order = request.Order;
        if (_orders.TryGetValue((session.ClientId, order.OrderId), out var existing))
        {
            Modify(session, existing, request);
            return;
        }

        if (order.OrderId <= _highestId.GetValueOrDefault(session.ClientId))
        {
            session.Send(core.Error(order.OrderId, GatewayErrors.DuplicateOrderId, "Duplicate order id"));
            return;
        }

        var instrument = ContractMatcher.Single(core.Instruments, request.Contract);
        if (instrument is null)
        {
            session.Send(core.Error(order.OrderId, GatewayErrors.NoSecurityDefinition, "No security definition has been found for the request"));
            return;
        }

        var account = order.Account.Length == 0 ? core.Ledger.Default : core.Ledger.Find(order.Account);
        var problem = account is null
            ? new OrderProblem(GatewayErrors.OrderRejected, $"Order rejected - reason:Invalid account code '{order.Account}'")
            : OrderValidation.Check(order, instrument) ?? CheckMargin(account, instrument, order);
        if (problem is { Code: GatewayErrors.PriceVariation })
        {
            session.Send(core.Error(order.OrderId, problem.Code, problem.Message));
            return;
        }

        _highestId[session.ClientId] = order.OrderId;
        core.NextOrderId = Math.Max(core.NextOrderId, order.OrderId + 1);
        order.ClientId = session.ClientId;
        order.PermId = _nextPermId++;
        order.Account = account?.Id ?? order.Account;
        if (order.WhatIf && problem is null)
        {
            session.Send(WhatIf(instrument, order, account!));
            return;
        }

        var placed = new SimOrder
        {
            OrderId = order.OrderId,
            ClientId = session.ClientId,
            PermId = order.PermId,
            Instrument = instrument,
            Market = core.Market[instrument],
            Account = order.Account,
            RoutedExchange = request.Contract.Exchange.Length == 0 ? instrument.Exchange : request.Contract.Exchange.ToUpperInvariant(),
            Sequence = _placed.Count,
            Order = order,
        };
        _orders.Add((session.ClientId, order.OrderId), placed);
        _placed.Add(placed);

        if (problem is not null)
        {
            // A rejected order keeps its id and shows as Inactive, as the Gateway reports it.
            placed.Rejected = true;
            placed.Status = OrderStatuses.Inactive;
            placed.CompletedAt = core.Now;
            placed.CompletedStatus = "Rejected";
            session.Send(core.Error(order.OrderId, problem.Code, problem.Message));
            session.Send(OrderMessages.Status(placed));
            return;
        }

        placed.Status = InitialStatus(placed);
        if (placed.Status == OrderStatuses.Submitted)
        {
            // A new order is accepted (PreSubmitted) before it works at the exchange (Submitted).
            var owner = Owner(placed);
            owner?.Send(OrderMessages.Open(placed, OrderStatuses.PreSubmitted));
            owner?.Send(OrderMessages.Status(placed, OrderStatuses.PreSubmitted));
        }

        Report(placed);
        if (placed.Working)
        {
            Match(placed, immediate: true);
        }
    }

    public void Cancel(ClientSession session, CancelOrder request)
    {
        if (!_orders.TryGetValue((session.ClientId, request.OrderId), out var order))
        {
            session.Send(core.Error(request.OrderId, GatewayErrors.CancelUnknownOrder, $"OrderId {request.OrderId} that needs to be cancelled is not found."));
            return;
        }

        if (order.Done)
        {
            session.Send(core.Error(request.OrderId, GatewayErrors.CannotCancel, $"OrderId {request.OrderId} that needs to be cancelled cannot be cancelled, state: {order.Status}."));
            return;
        }

        session.Send(OrderMessages.Status(order, OrderStatuses.PendingCancel));
        CancelNow(order, "Order Canceled - reason:");
    }

    /// <summary>reqGlobalCancel: every order not yet done, of every client, is cancelled.</summary>
    public void GlobalCancel()
    {
        foreach (var order in _placed.Where(o => !o.Done).ToList())
        {
            order.Status = OrderStatuses.Cancelled;
            order.CompletedAt = core.Now;
            order.CompletedStatus = "Cancelled by Global Cancel";
            Owner(order)?.Send(OrderMessages.Status(order));
        }
    }

    /// <summary>At local midnight, DAY orders that are still open expire (GTC orders keep working).</summary>
    public void ExpireDayOrders()
    {
        foreach (var order in _placed.Where(o => !o.Done && o.Tif == "DAY").ToList())
        {
            order.Status = OrderStatuses.Cancelled;
            order.CompletedAt = core.Now;
            order.CompletedStatus = "Cancelled: DAY order expired";
            Owner(order)?.Send(OrderMessages.Status(order));
        }
    }

    /// <summary>reqOpenOrders / reqAllOpenOrders: open order and status per order not done, then the end marker.</summary>
    public void OpenOrders(ClientSession session, bool allClients)
    {
        foreach (var order in _placed.Where(o => !o.Done && (allClients || o.ClientId == session.ClientId)))
        {
            session.Send(OrderMessages.Open(order));
            session.Send(OrderMessages.Status(order));
        }

        session.Send(new OpenOrderEnd());
    }

    /// <summary>What a reconnecting client hears first: its orders that are still open.</summary>
    public void ResendOpenOrders(ClientSession session)
    {
        foreach (var order in _placed.Where(o => !o.Done && o.ClientId == session.ClientId))
        {
            session.Send(OrderMessages.Open(order));
            session.Send(OrderMessages.Status(order));
        }
    }

    public void CompletedOrders(ClientSession session)
    {
        foreach (var order in _placed.Where(o => o.Done))
        {
            session.Send(OrderMessages.Completed(order, core.Clock));
        }

        session.Send(new CompletedOrdersEnd());
    }

    /// <summary>reqExecutions: the fills that pass the filter (empty fields and client id 0 match everything).</summary>
    public void Executions(ClientSession session, ReqExecutions request)
    {
        var since = request.Time.Length > 0 && core.Clock.TryParse(request.Time, out var t) ? t : DateTimeOffset.MinValue;
        foreach (var record in _executions)
        {
            var e = record.Execution;
            if ((request.ClientId == 0 || request.ClientId == e.ClientId)
                && Matches(request.AcctCode, e.AcctNumber)
                && Matches(request.Symbol, record.Contract.Symbol)
                && Matches(request.SecType, record.SecType)
                && Matches(request.Side, e.Side == "BOT" ? "BUY" : "SELL")
                && record.Time >= since)
            {
                session.Send(record.ToMessage(request.ReqId));
                session.Send(record.Commission);
            }
        }

        session.Send(new ExecutionDataEnd { ReqId = request.ReqId });
    }

    private void Modify(ClientSession session, SimOrder existing, PlaceOrder request)
    {
        var order = request.Order;
        if (existing.Done)
        {
            session.Send(core.Error(order.OrderId, GatewayErrors.CannotModifyFilledOrder, $"Cannot modify an order that is {existing.Status}."));
            return;
        }

        var instrument = ContractMatcher.Single(core.Instruments, request.Contract);
        if (instrument != existing.Instrument || order.Action != existing.Order.Action)
        {
            session.Send(core.Error(order.OrderId, GatewayErrors.ModifyDoesNotMatch, "Order being modified does not match original order."));
            return;
        }

        var problem = OrderValidation.Check(order, existing.Instrument);
        if (problem is null && order.TotalQuantity < existing.Filled)
        {
            problem = new OrderProblem(GatewayErrors.OrderRejected, $"Order rejected - reason:The new quantity is below the {existing.Filled} already filled");
        }

        if (problem is not null)
        {
            session.Send(core.Error(order.OrderId, problem.Code, problem.Message));
            return;
        }

        order.ClientId = existing.ClientId;
        order.PermId = existing.PermId;
        order.Account = existing.Account;
        var wasHeld = existing.Status == OrderStatuses.Inactive;
        existing.Order = order;
        existing.TrailStop = null;
        existing.Triggered = false;
        if (!wasHeld || order.Transmit)
        {
            existing.Status = InitialStatus(existing);
        }

        Report(existing);
        if (existing.Working)
        {
            Match(existing, immediate: true);
        }
    }

    private static string InitialStatus(SimOrder order) => !order.Order.Transmit
        ? OrderStatuses.Inactive
        : order.Order.OrderType is "STP" or "STP LMT" or "TRAIL" ? OrderStatuses.PreSubmitted : OrderStatuses.Submitted;

    private void Report(SimOrder order)
    {
        var owner = Owner(order);
        owner?.Send(OrderMessages.Open(order));
        owner?.Send(OrderMessages.Status(order));
    }

    private ClientSession? Owner(SimOrder order) => core.Session(order.ClientId);

    private static bool Matches(string filter, string value) => filter.Length == 0 || string.Equals(filter, value, StringComparison.OrdinalIgnoreCase);
}
