using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Orders through the facade: lifecycle to the fill, idempotent placement, state across a restart.</summary>
public sealed class OrderTests
{
    private static readonly OrderRequest Buy100 = OrderRequest.Limit(
        new Contract { ConId = 265598, Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" },
        "BUY",
        100m,
        189.15m) with
    { Account = "DU0000001" };

    [Fact]
    public async Task A_limit_order_walks_to_filled_with_its_execution_and_commission()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("place_order_limit_fill_lifecycle.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var order = await cluster.Client.Orders.PlaceAsync("t-ord-1", Buy100, Streams.Bounded());
        var events = await Streams.TakeAsync(ct => order.Events(0, ct), 8);
        var filled = await order.GetAsync();

        Assert.Equal(
            ["OrderOpened", "OrderStatusChanged", "OrderOpened", "OrderStatusChanged", "OrderExecuted", "OrderOpened", "OrderStatusChanged", "OrderCommission"],
            events.Select(e => e.GetType().Name));
        Assert.Equal(
            [OrderStatusKind.PreSubmitted, OrderStatusKind.Submitted, OrderStatusKind.Filled],
            events.OfType<OrderStatusChanged>().Select(s => OrderStatuses.Parse(s.Status)));
        Assert.Equal(OrderStatusKind.Filled, filled.Status);
        Assert.Equal((1, 900000001L, 100m, 0m, 189.14m), (filled.OrderId, filled.PermId, filled.Filled, filled.Remaining, filled.AvgFillPrice));
        var execution = Assert.Single(filled.Executions);
        Assert.Equal(("0000a001.00000001.01.01", 100m, 189.14m), (execution.ExecId, execution.Shares, execution.Price));
        Assert.Equal(1.00m, Assert.Single(filled.Commissions).CommissionAndFees);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Placing_the_same_order_ref_twice_sends_one_order()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("place_order_limit_fill_lifecycle.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var first = await cluster.Client.Orders.PlaceAsync("t-ord-1", Buy100, Streams.Bounded());
        var second = await cluster.Client.Orders.PlaceAsync("t-ord-1", Buy100, Streams.Bounded());
        var filled = await second.WaitForStatusAsync(OrderStatusKind.Filled, Streams.Bounded());

        Assert.Equal(first.OrderRef, second.OrderRef);
        Assert.Equal(1, filled.OrderId);
        Assert.Equal(2, (await cluster.Client.GetSessionAsync()).NextValidId);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_filled_order_is_read_back_after_the_silo_restarts_on_the_same_database()
    {
        var directory = Directory.CreateTempSubdirectory("ibkr-restart-");
        try
        {
            var options = new ReplayClusterOptions { DatabasePath = Path.Combine(directory.FullName, "grain-state.db") };
            await using (var before = await ReplayCluster.StartAsync(Transcripts.Path("place_order_limit_fill_lifecycle.txt"), options))
            {
                await before.Client.ConnectAsync(Streams.Bounded());
                var order = await before.Client.Orders.PlaceAsync("t-ord-1", Buy100, Streams.Bounded());
                await order.WaitUntilAsync(s => s.Status == OrderStatusKind.Filled && s.Commissions.Count == 1, Streams.Bounded());
            }

            await using var after = await ReplayCluster.StartAsync(Transcripts.Path("bootstrap_accounts_then_next_id.txt"), options);
            var restored = await after.Client.Orders.Get("t-ord-1").GetAsync();

            Assert.Equal(OrderStatusKind.Filled, restored.Status);
            Assert.Equal((1, 100m, 189.14m), (restored.OrderId, restored.Filled, restored.AvgFillPrice));
            Assert.Equal("0000a001.00000001.01.01", Assert.Single(restored.Executions).ExecId);
            Assert.Equal(1.00m, Assert.Single(restored.Commissions).CommissionAndFees);
            Assert.Equal(Buy100, restored.Request);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Placing_an_order_while_trading_is_disabled_is_a_clear_error_and_sends_nothing()
    {
        await using var cluster = await ReplayCluster.StartAsync(
            Transcripts.Path("bootstrap_accounts_then_next_id.txt"),
            new ReplayClusterOptions { TradingEnabled = false });
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var refused = await Assert.ThrowsAsync<IbkrException>(() => cluster.Client.Orders.PlaceAsync("t-ord-1", Buy100, Streams.Bounded()));

        // Read while the host still waits for the current-time request: once the script ends it closes the leg.
        var session = await cluster.Client.GetSessionAsync();
        await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Contains("trading is disabled", refused.Message, StringComparison.Ordinal);
        Assert.False(refused.Retryable);
        Assert.Equal(SessionStatus.Ready, session.Status);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
