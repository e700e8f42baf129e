using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Simulator.Orders;

/// <summary>
/// The matching side: each market step, working orders (oldest first) are elected and filled against the size
/// shown at the touch; a fill reports to the owner and the accounts.
/// </summary>
internal sealed partial class OrderService
{
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
}
