using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;

namespace Ibkr.Client.Tests.Simulator;

/// <summary>A working order survives a dropped connection and loses no execution: resting across the drop, or between fills.</summary>
public sealed class ReconnectTests
{
    private const decimal Quantity = 2000m;

    [Fact]
    public async Task An_order_working_across_a_drop_is_reconciled_and_keeps_every_execution_once()
    {
        await using var rig = await SimulatorRig.StartAsync(seed: 14);
        var (bid, _) = await rig.TouchAsync();
        var resting = rig.Limit("BUY", Quantity, bid - 5.00m);
        var order = await rig.Client.Orders.PlaceAsync("sim-reconnect-1", resting, Streams.Bounded());
        var working = await order.WaitForStatusAsync(OrderStatusKind.Submitted, Streams.Bounded());
        var before = (await rig.Client.GetSessionAsync()).ConnectionSeq;

        rig.Simulator.DropAllConnections();
        var gap = await Streams.TakeAsync(ct => order.Lifecycle(0, ct), 1, e => e.Kind == LifecycleKind.Gap && e.ConnectionSeq >= before);
        var resumed = await Streams.TakeAsync(ct => order.Lifecycle(0, ct), 1, e => e.Kind == LifecycleKind.Resumed && e.ConnectionSeq > before);
        var reconciled = await order.WaitUntilAsync(s => !s.AwaitingReconciliation && s.LastSeenConnectionSeq > before, Streams.Bounded());
        Assert.NotEmpty(gap);
        Assert.NotEmpty(resumed);
        Assert.Equal((working.OrderId, working.PermId, OrderStatusKind.Submitted, 0m), (reconciled.OrderId, reconciled.PermId, reconciled.Status, reconciled.Filled));

        var (_, ask) = await rig.TouchAsync();
        await order.ModifyAsync(resting with { LimitPrice = ask + 1.00m });
        var done = await order.WaitUntilAsync(s => s.Status == OrderStatusKind.Filled && s.Commissions.Count == s.Executions.Count, Streams.Bounded());

        Assert.Equal(working.PermId, done.PermId);
        await AssertEveryReportedExecutionHeldOnceAsync(rig, done);
    }

    [Fact]
    public async Task A_drop_between_the_fills_of_a_large_order_loses_no_execution()
    {
        const decimal large = 5000m;
        await using var rig = await SimulatorRig.StartAsync(seed: 15);
        var (_, ask) = await rig.TouchAsync();
        var order = await rig.Client.Orders.PlaceAsync("sim-reconnect-2", rig.Limit("BUY", large, ask + 1.00m), Streams.Bounded());
        var partial = await order.WaitUntilAsync(s => s.Filled > 0m, Streams.Bounded());
        var before = partial.LastSeenConnectionSeq;

        rig.Simulator.DropAllConnections();
        await Streams.TakeAsync(ct => order.Lifecycle(0, ct), 1, e => e.Kind == LifecycleKind.Resumed && e.ConnectionSeq > before);
        var done = await order.WaitUntilAsync(
            s => s.Status == OrderStatusKind.Filled && !s.AwaitingReconciliation && s.Commissions.Count == s.Executions.Count,
            Streams.Bounded());
        var executed = await Streams.TakeAsync(ct => order.Events(0, ct), done.Executions.Count, e => e is OrderExecuted);

        Assert.True(partial.Filled < large, $"filled {partial.Filled} before the drop");
        Assert.Equal((large, 0m), (done.Filled, done.Remaining));
        Assert.Contains(executed, e => e.ConnectionSeq == before);
        Assert.Contains(executed, e => e.ConnectionSeq > before);
        Assert.Equal(done.Executions.Count, executed.Select(e => ((OrderExecuted)e).Execution.ExecId).Distinct().Count());
        await AssertEveryReportedExecutionHeldOnceAsync(rig, done);
    }

    /// <summary>Every execution the simulator reports for the order is in the snapshot exactly once, with its commission.</summary>
    private static async Task AssertEveryReportedExecutionHeldOnceAsync(SimulatorRig rig, OrderSnapshot done)
    {
        var reported = (await rig.Client.Orders.ExecutionsAsync(cancellationToken: Streams.Bounded()))
            .Where(r => r.Execution.OrderId == done.OrderId)
            .ToList();
        Assert.NotEmpty(reported);
        Assert.Equal(done.Request!.TotalQuantity, reported.Sum(r => r.Execution.Shares));
        Assert.Equal(reported.Count, done.Executions.Count);
        Assert.Equal(reported.Count, done.Commissions.Count);
        foreach (var r in reported)
        {
            var held = Assert.Single(done.Executions, x => x.ExecId == r.Execution.ExecId);
            Assert.Equal((r.Execution.Shares, r.Execution.Price), (held.Shares, held.Price));
            var commission = Assert.Single(done.Commissions, c => c.ExecId == r.Execution.ExecId);
            Assert.Equal(r.Commission?.CommissionAndFees, commission.CommissionAndFees);
        }
    }
}
