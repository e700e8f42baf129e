using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Simulator.Accounts;
using Ibkr.Simulator.Hosting;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Orders;

/// <summary>
/// Order entry and matching. Orders are keyed by (client id, order id); a placeOrder with a known id modifies.
/// Working orders match every step in placement order against the size shown at the touch, so a large order
/// fills in parts; fills go to the owning client as execution, open order, order status and commission report,
/// then to the account subscribers.
/// </summary>
internal sealed class OrderService(SimulatorCore core)
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

    /// <summary>One market step: every working order, oldest first, tries to match.</summary>
    public void OnStep()
    {
        foreach (var order in _placed)
        {
            if (order.Working)
            {
                Match(order, immediate: false);
            }
        }
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

    /// <summary>
    /// Elects stops, then fills what the touch allows. <paramref name="immediate"/> is the order's first chance
    /// (placement, modify, transmit): IOC cancels what it could not fill, FOK fills all or nothing.
    /// </summary>
    private void Match(SimOrder order, bool immediate)
    {
        var market = order.Market;
        var o = order.Order;
        var wasElected = order.Triggered;
        if (!Elect(order))
        {
            return;
        }

        // A stop's first chance to trade is the step that elects it: that is when IOC and FOK apply.
        immediate |= !wasElected && order.Triggered;

        decimal? limit = o.OrderType is "LMT" or "STP LMT" ? o.LmtPrice : null;
        var price = order.IsBuy ? market.Ask : market.Bid;
        var available = order.IsBuy ? market.AvailableAsk : market.AvailableBid;
        var marketable = limit is null || (order.IsBuy ? price <= limit : price >= limit);
        var quantity = marketable ? Math.Min(order.Remaining, available) : 0m;
        if (order.Tif == "FOK" && quantity < order.Remaining)
        {
            quantity = 0m;
        }

        if (quantity > 0m)
        {
            Fill(order, quantity, price);
        }

        if (immediate && order.Tif is "IOC" or "FOK" && !order.Done)
        {
            CancelNow(order, "Order Canceled - reason:");
        }
    }

    /// <summary>True when the order may trade now; stops elect on the last price, trailing stops follow it first.</summary>
    private bool Elect(SimOrder order)
    {
        var o = order.Order;
        if (order.Triggered || o.OrderType is "MKT" or "LMT")
        {
            return true;
        }

        var last = order.Market.Last;
        decimal stop;
        if (o.OrderType == "TRAIL")
        {
            var offset = o.AuxPrice is > 0m ? o.AuxPrice.Value : order.Instrument.Floor(last * o.TrailingPercent!.Value / 100m);
            var candidate = order.IsBuy ? last + offset : last - offset;
            stop = order.TrailStop is not { } current ? o.TrailStopPrice ?? candidate : order.IsBuy ? Math.Min(current, candidate) : Math.Max(current, candidate);
            order.TrailStop = stop;
        }
        else
        {
            stop = o.AuxPrice!.Value;
        }

        var elected = order.IsBuy ? last >= stop : last <= stop;
        if (elected)
        {
            order.Triggered = true;
            order.Status = OrderStatuses.Submitted;
            Owner(order)?.Send(OrderMessages.Status(order));
        }

        return elected;
    }

    private void Fill(SimOrder order, decimal quantity, decimal price)
    {
        var market = order.Market;
        if (order.IsBuy)
        {
            market.AvailableAsk -= quantity;
        }
        else
        {
            market.AvailableBid -= quantity;
        }

        var previous = order.Filled;
        order.Filled += quantity;
        order.AvgFillPrice = Math.Round(((order.AvgFillPrice * previous) + (price * quantity)) / order.Filled, 6);
        order.LastFillPrice = price;
        if (order.Remaining == 0m)
        {
            order.Status = OrderStatuses.Filled;
            order.CompletedAt = core.Now;
            order.CompletedStatus = $"Filled Size: {order.Filled.ToString(CultureInfo.InvariantCulture)}";
        }
        else
        {
            order.Status = OrderStatuses.Submitted;
        }

        var account = core.Ledger.Find(order.Account)!;
        var commission = Commissions.For(order.Instrument, quantity, price);
        var realized = account.Apply(order.Instrument, order.IsBuy, quantity, price, commission);
        var record = Record(order, quantity, price, commission, realized);

        var owner = Owner(order);
        owner?.Send(record.ToMessage(-1));
        owner?.Send(OrderMessages.Open(order));
        owner?.Send(OrderMessages.Status(order));
        owner?.Send(record.Commission);
        core.Accounts.OnFill(account, order.Instrument);
    }

    private ExecutionRecord Record(SimOrder order, decimal quantity, decimal price, decimal commission, decimal? realized)
    {
        _executionCount++;
        var execId = $"0000{core.Options.Seed & 0xffff:x4}.{_executionCount:x8}.01.01";
        var exchange = order.Instrument.SecType == "STK" ? order.Instrument.PrimaryExchange : order.Instrument.Exchange == "SMART" ? order.Instrument.PrimaryExchange : order.Instrument.Exchange;
        var contract = order.Instrument.ServerContract(exchange);
        var execution = new Execution
        {
            OrderId = order.OrderId,
            ExecId = execId,
            Time = core.Clock.Stamp(core.Now),
            AcctNumber = order.Account,
            Exchange = exchange,
            Side = order.IsBuy ? "BOT" : "SLD",
            Shares = quantity,
            Price = price,
            PermId = order.PermId,
            ClientId = order.ClientId,
            CumQty = order.Filled,
            AvgPrice = order.AvgFillPrice,
            OrderRef = order.Order.OrderRef,
            LastLiquidity = 2,
        };
        var report = new CommissionReport
        {
            ExecId = execId,
            CommissionAndFees = commission,
            Currency = order.Instrument.Currency,
            RealizedPnl = realized is { } r ? Math.Round(r, 2) : null,
        };
        var record = new ExecutionRecord(contract, execution, report, order.Instrument.SecType, core.Now);
        _executions.Add(record);
        return record;
    }

    private void CancelNow(SimOrder order, string reason)
    {
        order.Status = OrderStatuses.Cancelled;
        order.CompletedAt = core.Now;
        order.CompletedStatus = "Cancelled by Trader";
        var owner = Owner(order);
        owner?.Send(core.Error(order.OrderId, GatewayErrors.OrderCancelled, reason));
        owner?.Send(OrderMessages.Status(order));
    }

    private OrderProblem? CheckMargin(AccountState account, Instrument instrument, Order order)
    {
        var held = account.Positions.TryGetValue(instrument.ConId, out var position) ? position.Quantity : 0m;
        var buy = order.Action == "BUY";
        if ((buy && held < 0m) || (!buy && held > 0m))
        {
            return null; // Reducing a position needs no new margin.
        }

        var reference = order.LmtPrice ?? core.Market[instrument].Last;
        var needed = order.TotalQuantity!.Value * reference * instrument.Multiplier * AccountValues.MarginRate(instrument.SecType);
        var values = AccountValues.Compute(account, core.Market);
        return OrderValidation.CheckMargin(needed, values["AvailableFunds"], values["EquityWithLoanValue"]);
    }

    /// <summary>A what-if order: the margin and commission preview in an open order; nothing is placed.</summary>
    private OpenOrder WhatIf(Instrument instrument, Order order, AccountState account)
    {
        var values = AccountValues.Compute(account, core.Market);
        var reference = order.LmtPrice ?? core.Market[instrument].Last;
        var change = order.TotalQuantity!.Value * reference * instrument.Multiplier * AccountValues.MarginRate(instrument.SecType);
        var commission = Commissions.For(instrument, order.TotalQuantity.Value, reference);
        string M(decimal v) => AccountValues.Money(v);
        return new OpenOrder
        {
            Contract = instrument.ServerContract(),
            Order = order,
            OrderState = new OrderState
            {
                Status = OrderStatuses.PreSubmitted,
                InitMarginBefore = M(values["InitMarginReq"]),
                MaintMarginBefore = M(values["MaintMarginReq"]),
                EquityWithLoanBefore = M(values["EquityWithLoanValue"]),
                InitMarginChange = M(change),
                MaintMarginChange = M(change * 0.8m),
                EquityWithLoanChange = M(-commission),
                InitMarginAfter = M(values["InitMarginReq"] + change),
                MaintMarginAfter = M(values["MaintMarginReq"] + (change * 0.8m)),
                EquityWithLoanAfter = M(values["EquityWithLoanValue"] - commission),
                CommissionAndFees = commission,
                MinCommissionAndFees = commission,
                MaxCommissionAndFees = commission,
                CommissionAndFeesCurrency = instrument.Currency,
                MarginCurrency = instrument.Currency,
            },
        };
    }

    private void Report(SimOrder order)
    {
        var owner = Owner(order);
        owner?.Send(OrderMessages.Open(order));
        owner?.Send(OrderMessages.Status(order));
    }

    private ClientSession? Owner(SimOrder order) => core.Session(order.ClientId);

    private static bool Matches(string filter, string value) => filter.Length == 0 || string.Equals(filter, value, StringComparison.OrdinalIgnoreCase);
}
