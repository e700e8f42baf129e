using Ibkr.Contracts.Orders;

namespace Ibkr.Client.Tests.Simulator;

/// <summary>An order larger than the size at the touch fills in parts, one per market step.</summary>
public sealed class PartialFillTests
{
    private const decimal Quantity = 3000m;

    [Fact]
    public async Task An_order_larger_than_the_touch_fills_in_parts_with_consistent_statuses()
    {
        await using var rig = await SimulatorRig.StartAsync(seed: 12);
        var (_, ask) = await rig.TouchAsync();

        var order = await rig.Client.Orders.PlaceAsync("sim-partial-1", rig.Limit("BUY", Quantity, ask + 1.00m), Streams.Bounded());
        var done = await order.WaitUntilAsync(s => s.Status == OrderStatusKind.Filled && s.Commissions.Count == s.Executions.Count, Streams.Bounded());
        var events = await Streams.TakeAsync(ct => order.Events(0, ct), (int)done.EventCount);

        var statuses = events.OfType<OrderStatusChanged>().ToList();
        Assert.All(statuses, s => Assert.Equal(Quantity, s.Filled + s.Remaining));
        Assert.Contains(statuses, s => s.Filled > 0m && s.Filled < Quantity);
        Assert.True(done.Executions.Count >= 2, $"{done.Executions.Count} execution(s)");
        Assert.Equal(Quantity, done.Executions.Sum(x => x.Shares));
        Assert.Equal(done.Executions.Select(x => x.ExecId).Order(), done.Commissions.Select(c => c.ExecId).Order());
        Assert.Equal(done.Executions.Count, done.Executions.Select(x => x.ExecId).Distinct().Count());
        Assert.Equal(done.Executions.Count, events.OfType<OrderExecuted>().Count());
        Assert.Equal(RunningAverage(done.Executions), done.AvgFillPrice);
    }

    /// <summary>The Gateway's average fill price: updated per fill and kept to six decimals.</summary>
    private static decimal RunningAverage(IEnumerable<Execution> executions)
    {
        decimal filled = 0m, average = 0m;
        foreach (var x in executions)
        {
            average = Math.Round(((average * filled) + (x.Price * x.Shares)) / (filled + x.Shares), 6);
            filled += x.Shares;
        }

        return average;
    }
}
