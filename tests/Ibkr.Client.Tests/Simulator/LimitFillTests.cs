using Ibkr.Contracts.Orders;

namespace Ibkr.Client.Tests.Simulator;

/// <summary>A resting buy limit one tick under the ask fills when the walk brings the ask down to it.</summary>
public sealed class LimitFillTests
{
    [Fact]
    public async Task A_limit_under_the_ask_fills_with_matching_execution_commission_position_and_cash()
    {
        await using var rig = await SimulatorRig.StartAsync(seed: 11);
        var startingCash = await rig.SummaryValueAsync("TotalCashValue", _ => true);
        var (bid, ask) = await rig.TouchAsync();
        var limit = ask - 0.01m;
        Assert.True(bid <= limit, $"bid {bid}, ask {ask}");

        var order = await rig.Client.Orders.PlaceAsync("sim-limit-1", rig.Limit("BUY", 100m, limit), Streams.Bounded());
        var filled = await order.WaitUntilAsync(s => s.Status == OrderStatusKind.Filled && s.Commissions.Count == s.Executions.Count, Streams.Bounded());

        Assert.Equal(1_000_000m, startingCash);
        Assert.Equal((100m, 0m), (filled.Filled, filled.Remaining));
        var execution = Assert.Single(filled.Executions);
        Assert.Matches(@"^[0-9a-f]{8}\.[0-9a-f]{8}\.01\.01$", execution.ExecId);
        Assert.Equal((filled.OrderId, "BOT", 100m, SimulatorRig.Account), (execution.OrderId, execution.Side, execution.Shares, execution.Account));
        Assert.True(execution.Price <= limit, $"filled at {execution.Price} above the limit {limit}");
        Assert.Equal(execution.Price, filled.AvgFillPrice);
        var commission = Assert.Single(filled.Commissions);
        Assert.Equal(execution.ExecId, commission.ExecId);
        var fee = commission.CommissionAndFees ?? 0m;
        Assert.True(fee > 0m, $"commission {fee}");

        var reported = Assert.Single(await rig.Client.Orders.ExecutionsAsync(cancellationToken: Streams.Bounded()));
        Assert.Equal((execution.ExecId, execution.Price, fee), (reported.Execution.ExecId, reported.Execution.Price, reported.Commission?.CommissionAndFees));

        var position = await rig.PositionAsync(p => p.Position != 0m);
        Assert.Equal(100m, position.Position);
        Assert.Equal(Math.Round(((100m * execution.Price) + fee) / 100m, 4), position.AverageCost);

        var cash = await rig.SummaryValueAsync("TotalCashValue", v => v != startingCash);
        Assert.Equal(startingCash - (100m * execution.Price) - fee, cash);
    }
}
