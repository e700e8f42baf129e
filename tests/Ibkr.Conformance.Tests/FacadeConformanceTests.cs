using Ibkr.Client;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Requests;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// Reference transcripts of the ibkr-go corpus, played unchanged by the replay host while the public client facade
/// (on an in-process silo) drives the session: each must be consumed whole, and the facade must return what
/// the transcript's server steps say.
/// </summary>
public sealed class FacadeConformanceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static readonly Contract Aapl = new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    private static readonly OrderRequest Buy1At150 =
        OrderRequest.Limit(Aapl with { ConId = 265598 }, "BUY", 1m, 150m) with { Account = "DU9000001" };

    private static readonly Dictionary<string, Func<IbkrClient, CancellationToken, Task>> Drivers = new()
    {
        ["handshake"] = (_, _) => Task.CompletedTask,
        ["bootstrap_with_farm_status"] = (_, _) => Task.CompletedTask,
        ["grounded_bootstrap"] = (_, _) => Task.CompletedTask,
        ["current_time"] = async (c, ct) => Assert.Equal(1775931128, await c.Tws.CurrentTimeAsync(ct)),
        ["contract_details"] = async (c, ct) => Assert.Equal("NMS", (await c.Contracts.DetailsAsync(Aapl, ct))[0].MarketName),
        ["grounded_contract_details_aapl"] = async (c, ct) => Assert.NotEmpty(await c.Contracts.DetailsAsync(Aapl, ct)),
        ["error_api_error_oneshot"] = async (c, ct) =>
            Assert.Equal(200, (await Assert.ThrowsAsync<IbkrApiException>(() => c.Contracts.DetailsAsync(Aapl with { Symbol = "ZZZZNONE" }, ct))).Code),
        ["matching_symbols"] = async (c, ct) => Assert.Equal(265598, Assert.Single(await c.Contracts.MatchingSymbolsAsync("AAPL", ct)).Contract.ConId),
        ["market_rule"] = async (c, ct) => Assert.Equal([0.01m, 0.05m], (await c.Contracts.MarketRuleAsync(26, ct)).Increments.Select(i => i.Increment)),
        ["sec_def_opt_params"] = async (c, ct) => Assert.NotEmpty(await c.Contracts.OptionChainsAsync(new OptionChainQuery { UnderlyingSymbol = "AAPL", UnderlyingConId = 265598 }, ct)),
        ["smart_components"] = async (c, ct) => Assert.NotEmpty(await c.Contracts.SmartComponentsAsync("9c0001", ct)),
        ["head_timestamp"] = async (c, ct) => Assert.Equal("19801212-14:30:00", await c.History.HeadTimestampAsync(new HeadTimestampQuery { Contract = Aapl }, ct)),
        ["historical_bars"] = async (c, ct) => Assert.Equal([100.5m, 101.5m], (await c.History.BarsAsync(Bars("20260405-12:00:00"), ct)).Select(b => b.Close)),
        ["grounded_historical_bars"] = async (c, ct) => Assert.NotEmpty(await c.History.BarsAsync(Bars("20260406-16:00:00"), ct)),
        ["reconnect_oneshot_interrupted"] = async (c, ct) =>
            Assert.True((await Assert.ThrowsAsync<IbkrException>(() => c.History.BarsAsync(Bars("20260406-12:00:00"), ct))).Retryable),
        ["executions"] = async (c, ct) =>
        {
            var row = Assert.Single(await c.Orders.ExecutionsAsync(new ExecutionFilter { Account = "DU12345", Symbol = "AAPL" }, ct));
            Assert.Equal(("exec-1", 1.25m), (row.Execution.ExecId, row.Commission?.CommissionAndFees));
        },
        ["open_orders"] = async (c, ct) => Assert.Equal(2001, Assert.Single(await c.Orders.OpenAsync(OpenOrdersScope.All, ct)).OrderId),
        ["open_orders_disconnect_after_end"] = async (c, ct) => Assert.NotEmpty(await c.Orders.OpenAsync(OpenOrdersScope.All, ct)),
        ["completed_orders"] = async (c, ct) => Assert.Equal("Filled", Assert.Single(await c.Orders.CompletedAsync(apiOnly: true, ct)).Status),
        ["account_summary"] = (c, ct) => SnapshotThenLeave(c.Accounts.SummaryAsync(new AccountSummarySpec { Tags = ["NetLiquidation", "BuyingPower"] }, ct), 3, ct),
        ["account_summary_stream"] = (c, ct) => SnapshotThenLeave(c.Accounts.SummaryAsync(new AccountSummarySpec { Tags = ["NetLiquidation"] }, ct), 1, ct),
        ["grounded_account_summary"] = (c, ct) => SnapshotThenLeave(c.Accounts.SummaryAsync(new AccountSummarySpec { Tags = ["NetLiquidation", "TotalCashValue", "BuyingPower", "ExcessLiquidity"] }, ct), 1, ct),
        ["positions"] = (c, ct) => SnapshotThenLeave(c.Accounts.PositionsAsync(ct), 1, ct),
        ["grounded_positions"] = (c, ct) => SnapshotThenLeave(c.Accounts.PositionsAsync(ct), 1, ct),
        ["quote_snapshot"] = (c, ct) => SnapshotThenLeave(c.MarketData.SubscribeAsync(new QuoteSpec { Contract = Aapl, Snapshot = true }, ct), 1, ct),
        ["quote_stream_reconnect"] = async (c, ct) =>
        {
            await using var quotes = await c.MarketData.QuotesAsync(Aapl, ct);
            await quotes.WaitForAsync(LifecycleKind.Resumed, 0, ct);
            await TakeAsync(quotes.Events(ct), 2);
        },
        ["error_api_error_subscription"] = async (c, ct) =>
        {
            await using var quotes = await c.MarketData.QuotesAsync(Aapl, ct);
            var closed = await quotes.WaitForAsync(LifecycleKind.Closed, 0, ct);
            Assert.Equal((354, false), (closed.Error?.Code, closed.Retryable));
        },
        ["place_order_limit"] = async (c, ct) =>
            await (await c.Orders.PlaceAsync("conf-1", Buy1At150, ct)).WaitForStatusAsync(OrderStatusKind.Filled, ct),
        ["cancel_order"] = (c, ct) => PlaceThenCancel(c, "conf-2", ct),
        ["direct_cancel_order"] = (c, ct) => PlaceThenCancel(c, "conf-3", ct),
        ["place_order_modify"] = async (c, ct) =>
        {
            var order = await c.Orders.PlaceAsync("conf-4", OrderRequest.Limit(Aapl, "BUY", 1m, 50.00m), ct);
            await order.WaitForStatusAsync(OrderStatusKind.PreSubmitted, ct);
            await order.ModifyAsync(OrderRequest.Limit(Aapl, "BUY", 1m, 51.00m));
            await TakeAsync(order.Events(0, ct), 3);
            await order.CancelAsync();
            await order.WaitForStatusAsync(OrderStatusKind.Cancelled, ct);
        },
        ["place_order_fill_with_execution"] = async (c, ct) =>
        {
            var seen = await c.Orders.Get("perm:12345").WaitUntilAsync(s => s.Status == OrderStatusKind.Filled && s.Commissions.Count == 1, ct);
            Assert.Equal(("0001e", 1.00m), (Assert.Single(seen.Executions).ExecId, seen.Commissions[0].CommissionAndFees));
        },
    };

    public static TheoryData<string> Names() => new(Drivers.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Reference_transcript_is_consumed_through_the_facade(string name)
    {
        SharedReference.Require();
        var path = Path.Combine(SharedReference.Root!, "reference", "ibkr-go-transcripts", name + ".txt");
        await using var cluster = await ReplayCluster.StartAsync(path);
        using var bound = new CancellationTokenSource(Bound);

        await cluster.Client.ConnectAsync(bound.Token);
        await Drivers[name](cluster.Client, bound.Token);
        var result = await cluster.WaitForScriptAsync(Bound);

        Assert.True(result.Consumed, $"{name}: {result.Failure}");
    }

    private static HistoricalBarsQuery Bars(string end) => new() { Contract = Aapl, EndDateTime = end, Duration = "1 D", BarSize = "1 hour" };

    private static async Task SnapshotThenLeave(Task<IbkrSubscription> subscribing, int rows, CancellationToken ct)
    {
        await using var subscription = await subscribing;
        await subscription.WaitForAsync(LifecycleKind.SnapshotComplete, 0, ct);
        await TakeAsync(subscription.Events(ct), rows);
    }

    private static async Task PlaceThenCancel(IbkrClient client, string orderRef, CancellationToken ct)
    {
        var order = await client.Orders.PlaceAsync(orderRef, Buy1At150, ct);
        await order.WaitForStatusAsync(OrderStatusKind.PreSubmitted, ct);
        await order.CancelAsync();
        await order.WaitForStatusAsync(OrderStatusKind.Cancelled, ct);
    }

    private static async Task TakeAsync<T>(IAsyncEnumerable<T> stream, int count)
    {
        var seen = 0;
        await foreach (var _ in stream)
        {
            if (++seen == count)
            {
                return;
            }
        }

        Assert.Fail($"the stream ended after {seen} of {count} items");
    }
}
