using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Simulator.Tests;

public sealed class OrderTests
{
    private static PlaceOrder Order(int id, string action, decimal quantity, string type, decimal? limit = null, string tif = "DAY", string orderRef = "") => new()
    {
        Contract = SimFixture.Aapl(),
        Order = new Order { OrderId = id, Action = action, TotalQuantity = quantity, OrderType = type, LmtPrice = limit, Tif = tif, OrderRef = orderRef },
    };

    [Fact]
    public async Task A_limit_order_fills_when_the_walk_crosses_it_with_consistent_execution_position_and_account()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        var ask = await SimFixture.WatchAaplAsync(client);
        var limit = ask - 0.05m;

        await client.SendAsync(Order(1, "BUY", 100m, "LMT", limit, orderRef: "walk-1"));
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "PreSubmitted");
        var working = await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status != "PreSubmitted");
        Assert.Equal("Submitted", working.Status);

        for (var step = 0; step < 120 && client.Take<ExecutionData>() is var fills && fills.Count == 0; step++)
        {
            Assert.Empty(fills);
            await sim.StepAsync(client);
        }

        var filled = await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Filled");
        var execution = client.Log.OfType<ExecutionData>().Single();
        var commission = await client.NextAsync<CommissionReport>();
        Assert.True(execution.Execution.Price <= limit, $"filled at {execution.Execution.Price} above the limit {limit}");
        Assert.Equal(100m, execution.Execution.Shares);
        Assert.Equal("BOT", execution.Execution.Side);
        Assert.Equal("walk-1", execution.Execution.OrderRef);
        Assert.Equal(-1, execution.ReqId);
        Assert.Equal(execution.Execution.ExecId, commission.ExecId);
        Assert.Equal(1.00m, commission.CommissionAndFees);
        Assert.Null(commission.RealizedPnl);
        Assert.Equal(execution.Execution.Price, filled.AvgFillPrice);
        Assert.Equal(0m, filled.Remaining);

        var cost = (execution.Execution.Price * 100m) + 1.00m;
        await client.SendAsync(new ReqPositions());
        var position = await client.NextAsync<Position>();
        await client.NextAsync<PositionEnd>();
        Assert.Equal(100m, position.Pos);
        Assert.Equal(Math.Round(cost / 100m, 4), position.AvgCost);

        await client.SendAsync(new ReqAccountUpdates { Subscribe = true, AcctCode = "DU0000001" });
        var cash = await client.NextAsync<AccountValue>(v => v.Key == "TotalCashValue");
        var portfolio = await client.NextAsync<PortfolioValue>();
        await client.NextAsync<AccountDownloadEnd>();
        Assert.Equal((1_000_000m - cost).ToString("0.00", CultureInfo.InvariantCulture), cash.Value);
        Assert.Equal(100m, portfolio.Position);

        await client.SendAsync(new ReqExecutions { ReqId = 5 });
        var again = await client.NextAsync<ExecutionData>(e => e.ReqId == 5);
        await client.NextAsync<CommissionReport>(c => c.ExecId == again.Execution.ExecId);
        await client.NextAsync<ExecutionDataEnd>(e => e.ReqId == 5);
        Assert.Equal(execution.Execution.ExecId, again.Execution.ExecId);
    }

    [Fact]
    public async Task A_large_market_order_fills_in_parts_against_the_size_at_the_touch()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);

        await client.SendAsync(Order(1, "BUY", 3000m, "MKT"));
        var first = await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Filled > 0m);
        Assert.Equal("Submitted", first.Status);
        Assert.True(first.Remaining > 0m);

        for (var step = 0; step < 60 && client.Log.OfType<OrderStatus>().All(s => s.Status != "Filled"); step++)
        {
            await sim.StepAsync(client);
        }

        var done = await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Filled");
        var executions = client.Log.OfType<ExecutionData>().ToList();
        Assert.True(executions.Count > 1);
        Assert.Equal(3000m, executions.Sum(e => e.Execution.Shares));
        Assert.Equal(3000m, executions[^1].Execution.CumQty);
        var average = executions.Sum(e => e.Execution.Shares!.Value * e.Execution.Price) / 3000m;
        Assert.Equal(Math.Round(average, 6), done.AvgFillPrice);
    }

    [Fact]
    public async Task An_IOC_order_cancels_what_the_touch_could_not_fill()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);

        await client.SendAsync(Order(1, "BUY", 10_000m, "MKT", tif: "IOC"));

        await client.ErrorAsync(202, reqId: 1);
        var cancelled = await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Cancelled");
        var fill = Assert.Single(client.Log.OfType<ExecutionData>());
        Assert.Equal(fill.Execution.Shares, cancelled.Filled);
        Assert.Equal(10_000m - fill.Execution.Shares, cancelled.Remaining);

        await sim.StepAsync(client);
        Assert.Single(client.Log.OfType<ExecutionData>());
    }

    [Fact]
    public async Task An_order_is_modified_by_id_and_cancelled_and_bad_cancels_get_their_errors()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(Order(1, "BUY", 10m, "LMT", 150.00m));
        var placed = await client.NextAsync<OpenOrder>(o => o.Order.OrderId == 1 && o.OrderState.Status == "Submitted");
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Submitted");

        await client.SendAsync(Order(1, "BUY", 20m, "LMT", 151.00m));
        var modified = await client.NextAsync<OpenOrder>(o => o.Order.OrderId == 1 && o.Order.TotalQuantity == 20m);
        var status = await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Remaining == 20m);
        Assert.Equal(151.00m, modified.Order.LmtPrice);
        Assert.Equal(placed.Order.PermId, modified.Order.PermId);
        Assert.Equal(20m, status.Remaining);

        await client.SendAsync(new CancelOrder { OrderId = 1 });
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "PendingCancel");
        await client.ErrorAsync(202, reqId: 1);
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Cancelled");

        await client.SendAsync(new CancelOrder { OrderId = 1 });
        var again = await client.ErrorAsync(10148, reqId: 1);
        Assert.Contains("Cancelled", again.Message, StringComparison.Ordinal);

        await client.SendAsync(new CancelOrder { OrderId = 99 });
        await client.ErrorAsync(10147, reqId: 99);

        await client.SendAsync(new ReqCompletedOrders());
        var completed = await client.NextAsync<CompletedOrder>();
        await client.NextAsync<CompletedOrdersEnd>();
        Assert.Equal("Cancelled", completed.OrderState.Status);
    }

    [Fact]
    public async Task An_untransmitted_order_is_held_inactive_until_transmitted()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        var ask = await SimFixture.WatchAaplAsync(client);

        var held = Order(1, "BUY", 100m, "LMT", ask + 1.00m);
        held.Order.Transmit = false;
        await client.SendAsync(held);
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Inactive");
        await sim.StepAsync(client);
        Assert.Empty(client.Log.OfType<ExecutionData>());

        await client.SendAsync(Order(1, "BUY", 100m, "LMT", ask + 1.00m));
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Filled");
    }

    [Fact]
    public async Task Invalid_orders_get_the_gateway_errors()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(Order(1, "BUY", 10m, "LMT", 150.001m));
        await client.ErrorAsync(110, reqId: 1);

        await client.SendAsync(Order(2, "BUY", 0m, "MKT"));
        await client.ErrorAsync(201, reqId: 2);
        await client.NextAsync<OrderStatus>(s => s.OrderId == 2 && s.Status == "Inactive");

        await client.SendAsync(Order(3, "BUY", 100_000m, "LMT", 189.00m));
        var margin = await client.ErrorAsync(201, reqId: 3);
        Assert.Contains("INITIAL MARGIN", margin.Message, StringComparison.Ordinal);

        await client.SendAsync(Order(2, "SELL", 10m, "MKT"));
        await client.ErrorAsync(104, reqId: 2);
    }
}
