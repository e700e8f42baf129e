using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Cancelling, modifying, a Gateway rejection, and an order working across a reconnect.</summary>
public sealed class OrderChangeTests
{
    private static readonly Contract Aapl = new() { ConId = 265598, Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    private static OrderRequest Limit(string action, decimal quantity, decimal price) =>
        OrderRequest.Limit(Aapl, action, quantity, price) with { Account = "DU0000001" };

    [Fact]
    public async Task Cancelling_a_submitted_order_ends_it_cancelled_with_the_202_notice()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("cancel_order_submitted.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());
        var order = await cluster.Client.Orders.PlaceAsync("t-ord-2", Limit("BUY", 50m, 180.00m), Streams.Bounded());
        await order.WaitForStatusAsync(OrderStatusKind.Submitted, Streams.Bounded());

        await order.CancelAsync();
        var cancelled = await order.WaitForStatusAsync(OrderStatusKind.Cancelled, Streams.Bounded());
        var events = await Streams.TakeAsync(ct => order.Events(0, ct), 5);

        Assert.Equal(202, cancelled.LastError?.Code);
        Assert.Equal(
            ["Submitted", "PendingCancel", "Cancelled"],
            events.OfType<OrderStatusChanged>().Select(s => s.Status));
        Assert.Single(events.OfType<OrderErrorReported>());
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Modifying_a_working_order_sends_the_same_order_id_with_the_new_price()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("modify_order_by_replace.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());
        var order = await cluster.Client.Orders.PlaceAsync("t-ord-3", Limit("SELL", 20m, 195.00m), Streams.Bounded());
        await order.WaitForStatusAsync(OrderStatusKind.Submitted, Streams.Bounded());

        var modified = await order.ModifyAsync(Limit("SELL", 20m, 194.50m));
        var confirmations = await Streams.TakeAsync(ct => order.Events(0, ct), 2, e => e is OrderOpened);
        var seen = await order.GetAsync();

        Assert.Equal(194.50m, modified.Request?.LimitPrice);
        Assert.Equal([195.00m, 194.50m], confirmations.Cast<OrderOpened>().Select(o => o.Report.LimitPrice));
        Assert.Equal((1, 900000003L, OrderStatusKind.Submitted), (seen.OrderId, seen.PermId, seen.Status));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
        Assert.Equal(2, (await cluster.Client.GetSessionAsync()).NextValidId);
    }

    [Fact]
    public async Task A_rejected_order_ends_inactive_with_the_Gateway_error_and_its_reject_details()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("order_reject_201_advanced_json.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var order = await cluster.Client.Orders.PlaceAsync("t-ord-4", Limit("BUY", 100000m, 189.15m), Streams.Bounded());
        var rejected = await order.WaitForStatusAsync(OrderStatusKind.Inactive, Streams.Bounded());

        Assert.Equal(201, rejected.LastError?.Code);
        Assert.Contains("INSUFFICIENT_MARGIN", rejected.LastError?.AdvancedOrderRejectJson, StringComparison.Ordinal);
        Assert.True(rejected.IsTerminal);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_working_order_gaps_resumes_and_is_reconciled_not_resent_then_cancelled_on_the_second_connection()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("order_working_across_reconnect_cancel.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());
        var order = await cluster.Client.Orders.PlaceAsync("t-ord-5", Limit("BUY", 50m, 180.00m), Streams.Bounded());
        await order.WaitForStatusAsync(OrderStatusKind.Submitted, Streams.Bounded());

        var lifecycle = await Streams.TakeAsync(ct => order.Lifecycle(0, ct), 3);
        var afterGap = await order.WaitUntilAsync(s => !s.AwaitingReconciliation && s.LastSeenConnectionSeq == 2, Streams.Bounded());
        await order.CancelAsync();
        var cancelled = await order.WaitForStatusAsync(OrderStatusKind.Cancelled, Streams.Bounded());

        Assert.Equal(
            [(LifecycleKind.Started, 1L), (LifecycleKind.Gap, 1L), (LifecycleKind.Resumed, 2L)],
            lifecycle.Select(l => (l.Kind, l.ConnectionSeq)));
        Assert.Equal(OrderStatusKind.Submitted, afterGap.Status);
        Assert.Equal((1, 2L), (cancelled.OrderId, cancelled.LastSeenConnectionSeq));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
