using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>How subscriptions behave as a whole: API errors, sharing between clients, the close-retryable resume policy.</summary>
public sealed class SubscriptionBehaviourTests
{
    private static readonly Contract Aapl = new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    [Fact]
    public async Task A_subscription_the_Gateway_refuses_closes_for_good_with_the_error_and_its_stream_ends()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("realtime_bars_no_permission_420.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var bars = await cluster.Client.MarketData.RealTimeBarsAsync(new RealTimeBarsSpec { Contract = Aapl, UseRth = false }, Streams.Bounded());
        var lifecycle = await Streams.AllAsync(bars.Lifecycle);
        var events = await Streams.AllAsync(bars.Events);
        await bars.DisposeAsync();
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal([LifecycleKind.Started, LifecycleKind.Closed], lifecycle.Select(l => l.Kind));
        var closed = lifecycle[^1];
        Assert.False(closed.Retryable);
        Assert.Equal(420, closed.Error?.Code);
        Assert.Contains("No market data permissions", closed.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(events);
        Assert.True((await bars.GetInfoAsync()).IsClosed);
        Assert.Equal(1775481921, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Two_clients_share_one_quote_request_and_the_last_one_to_leave_cancels_it()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("quote_shared_two_subscribers.txt"));
        var (deskA, deskB) = await TwoDesksAsync(cluster);

        var quotesA = await deskA.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var quotesB = await deskB.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var seenByA = await Streams.TakeAsync(quotesA.Events, 4, e => e is PriceTick);
        var seenByB = await Streams.TakeAsync(quotesB.Events, 2, e => e is PriceTick { Price: >= 189.20m });
        await quotesA.DisposeAsync();
        var afterA = await quotesB.GetInfoAsync();
        var laterForB = await Streams.TakeAsync(quotesB.Events, 2, e => e is PriceTick { Price: >= 189.30m });
        var time = await deskB.Tws.CurrentTimeAsync(Streams.Bounded());
        await quotesB.DisposeAsync();

        Assert.Equal(quotesA.Info.Key, quotesB.Info.Key);
        Assert.Equal((1, 2), (quotesA.Info.Subscribers, quotesB.Info.Subscribers));
        Assert.Equal([189.10m, 189.12m, 189.20m, 189.22m], seenByA.Cast<PriceTick>().Select(p => p.Price!.Value));
        Assert.Equal([189.20m, 189.22m], seenByB.Cast<PriceTick>().Select(p => p.Price!.Value));
        Assert.Equal((1, false), (afterA.Subscribers, afterA.IsClosed));
        Assert.Equal([189.30m, 189.32m], laterForB.Cast<PriceTick>().Select(p => p.Price!.Value));
        Assert.Equal(1775481925, time);
        Assert.True((await quotesB.GetInfoAsync()).IsClosed);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_close_retryable_subscription_gaps_then_closes_retryably_and_is_not_requested_again()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("quote_close_retryable_on_disconnect.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var spec = new QuoteSpec { Contract = Aapl, Resume = ResumePolicy.CloseRetryable };
        await using var quotes = await cluster.Client.MarketData.QuotesAsync(spec, Streams.Bounded());
        var lifecycle = await Streams.AllAsync(quotes.Lifecycle);
        var events = await Streams.AllAsync(quotes.Events);
        var leg2 = await cluster.Client.ConnectAsync(Streams.Bounded());
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal(
            [(LifecycleKind.Started, false, 1L), (LifecycleKind.Gap, false, 1L), (LifecycleKind.Closed, true, 1L)],
            lifecycle.Select(l => (l.Kind, l.Retryable, l.ConnectionSeq)));
        Assert.Null(lifecycle[^1].Error);
        Assert.Equal([189.10m, 189.12m], events.OfType<PriceTick>().Select(p => p.Price!.Value));
        Assert.Equal(2, leg2.ConnectionSeq);
        Assert.Equal(1775482278, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_client_joining_a_listing_after_its_snapshot_still_reads_the_whole_listing()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("positions_snapshot.txt"));
        var (deskA, deskB) = await TwoDesksAsync(cluster);

        var first = await deskA.Accounts.PositionsAsync(Streams.Bounded());
        await first.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var late = await deskB.Accounts.PositionsAsync(Streams.Bounded());
        var seenLate = await Streams.TakeAsync(late.Events, 3);
        await first.DisposeAsync();
        await late.DisposeAsync();

        Assert.Equal((2, 3L), (late.Info.Subscribers, late.Info.LastEventSeq));
        Assert.Equal(
            [("DU0000001", 265598L), ("DU0000001", 272093L), ("DU0000002", 700000001L)],
            seenLate.Cast<PositionUpdate>().Select(p => (p.Row.Account, p.Row.Contract.ConId)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Two_positions_subscriptions_share_the_one_Gateway_stream_and_only_the_last_cancels_it()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("positions_two_subscriptions_one_stream.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var plain = await cluster.Client.Accounts.PositionsAsync(Streams.Bounded());
        await plain.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var closing = await cluster.Client.Accounts.SubscribeAsync(new PositionsSpec { Resume = ResumePolicy.CloseRetryable }, Streams.Bounded());
        await closing.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var seenByPlain = await Streams.TakeAsync(plain.Events, 2);
        var seenByClosing = await Streams.TakeAsync(closing.Events, 1);
        await plain.DisposeAsync();
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());
        var stillOpen = await closing.GetInfoAsync();
        await closing.DisposeAsync();

        Assert.NotEqual(plain.Info.Key, closing.Info.Key);
        Assert.All(seenByPlain.Concat(seenByClosing), e => Assert.Equal(265598L, Assert.IsType<PositionUpdate>(e).Row.Contract.ConId));
        Assert.Equal(1775481930, time);
        Assert.False(stillOpen.IsClosed);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    /// <summary>Two facades over the cluster's client, each its own subscriber, on the connected session.</summary>
    private static async Task<(IbkrClient DeskA, IbkrClient DeskB)> TwoDesksAsync(ReplayCluster cluster)
    {
        var session = cluster.Client.Settings.Session;
        var deskA = new IbkrClient(cluster.Cluster.Client, new IbkrClientOptions { Session = session, SubscriberId = "desk-a" });
        var deskB = new IbkrClient(cluster.Cluster.Client, new IbkrClientOptions { Session = session, SubscriberId = "desk-b" });
        await deskA.ConnectAsync(Streams.Bounded());
        return (deskA, deskB);
    }
}
