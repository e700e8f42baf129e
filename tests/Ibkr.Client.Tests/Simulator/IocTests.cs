using Ibkr.Contracts.Orders;

namespace Ibkr.Client.Tests.Simulator;

/// <summary>An IOC order fills what its first match can and cancels the rest (error 202).</summary>
public sealed class IocTests
{
    private const decimal Quantity = 5000m;

    [Fact]
    public async Task An_ioc_larger_than_the_touch_is_cancelled_after_a_partial_fill()
    {
        await using var rig = await SimulatorRig.StartAsync(seed: 13);
        var (_, ask) = await rig.TouchAsync();

        var order = await rig.Client.Orders.PlaceAsync("sim-ioc-1", rig.Limit("BUY", Quantity, ask + 1.00m, tif: "IOC"), Streams.Bounded());
        // The 202 notice already makes the order Cancelled; the Gateway's ORDER_STATUS Cancelled follows it.
        var cancelled = await Streams.TakeAsync(
            ct => order.Events(0, ct), 1, e => e is OrderStatusChanged s && OrderStatuses.Parse(s.Status) == OrderStatusKind.Cancelled);
        var events = await Streams.TakeAsync(ct => order.Events(0, ct), (int)cancelled[0].Seq);
        var done = await order.GetAsync();

        Assert.Equal(OrderStatusKind.Cancelled, done.Status);
        Assert.True(done.Filled > 0m && done.Filled < Quantity, $"filled {done.Filled}");
        Assert.Equal(0m, done.Filled % 100m);
        Assert.Equal(done.Filled, done.Executions.Sum(x => x.Shares));
        var execution = Assert.Single(done.Executions);
        Assert.Equal(execution.ExecId, Assert.Single(done.Commissions).ExecId);
        Assert.Contains(events, e => e is OrderErrorReported { Error.Code: 202 });
        Assert.All(events.OfType<OrderStatusChanged>(), s => Assert.Equal(Quantity, s.Filled + s.Remaining));
        Assert.Equal(OrderStatusKind.Cancelled, OrderStatuses.Parse(events.OfType<OrderStatusChanged>().Last().Status));
    }
}
