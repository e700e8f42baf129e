using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Account, order, news and scanner subscriptions through the facade.</summary>
public sealed class AccountStreamTests
{
    [Fact]
    public async Task Account_updates_stream_values_portfolio_and_time_and_complete_at_the_download_end()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("account_updates_portfolio.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var updates = await cluster.Client.Accounts.UpdatesAsync("DU0000001", Streams.Bounded());
        var complete = await updates.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(updates.Events, 7);
        await updates.DisposeAsync();

        Assert.Equal(1, complete.ConnectionSeq);
        Assert.Equal(
            [
                ("DU0000001", "AccountCode", "DU0000001", ""),
                ("DU0000001", "NetLiquidation", "1012345.67", "USD"),
                ("DU0000001", "TotalCashValue", "993410.12", "USD"),
                ("DU0000001", "BuyingPower", "4049382.68", "USD"),
            ],
            events.OfType<AccountValueUpdate>().Select(v => (v.Value.Account, v.Value.Key, v.Value.Value, v.Value.Currency)));
        Assert.Equal(
            [
                (265598L, "AAPL", "NASDAQ", 100m, 189.11m, 18911.00m, 189.15m, -4.00m, 0m),
                (272093L, "MSFT", "NASDAQ", -20m, 411.40m, -8228.00m, 414.20m, 56.00m, 0m),
            ],
            events.OfType<PortfolioUpdate>().Select(p => (p.Item.Contract.ConId, p.Item.Contract.Symbol, p.Item.Contract.PrimaryExchange, p.Item.Position, p.Item.MarketPrice, p.Item.MarketValue, p.Item.AverageCost, p.Item.UnrealizedPnl, p.Item.RealizedPnl)));
        Assert.All(events.OfType<PortfolioUpdate>(), p => Assert.Equal("DU0000001", p.Item.Account));
        Assert.Equal("10:02", Assert.IsType<AccountTimeUpdate>(events[^1]).Time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Account_pnl_streams_daily_unrealized_and_realized_amounts()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("pnl_account.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var pnl = await cluster.Client.Accounts.PnLAsync("DU0000001", cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(pnl.Events, 2);
        await pnl.DisposeAsync();

        Assert.Equal(
            [(-412.35m, 1530.20m, 0m), (-388.10m, 1554.45m, 0m)],
            events.Cast<PnLUpdate>().Select(e => (e.PnL.DailyPnl!.Value, e.PnL.UnrealizedPnl!.Value, e.PnL.RealizedPnl!.Value)));
        Assert.All(events.Cast<PnLUpdate>(), e => Assert.Null(e.PnL.Position));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Single_position_pnl_streams_the_position_and_its_value_too()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("pnl_single_position.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var pnl = await cluster.Client.Accounts.PnLSingleAsync("DU0000001", 265598, cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(pnl.Events, 2);
        await pnl.DisposeAsync();

        Assert.Equal(
            [(100m, -36.00m, -4.00m, 0m, 18911.00m), (100m, -31.00m, 1.00m, 0m, 18916.00m)],
            events.Cast<PnLUpdate>().Select(e => (e.PnL.Position!.Value, e.PnL.DailyPnl!.Value, e.PnL.UnrealizedPnl!.Value, e.PnL.RealizedPnl!.Value, e.PnL.Value!.Value)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Positions_list_every_account_and_complete_at_position_end()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("positions_snapshot.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var positions = await cluster.Client.Accounts.PositionsAsync(Streams.Bounded());
        await positions.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(positions.Events, 3);
        await positions.DisposeAsync();

        Assert.Equal(
            [
                ("DU0000001", 265598L, "STK", 100m, 189.15m),
                ("DU0000001", 272093L, "STK", -20m, 414.20m),
                ("DU0000002", 700000001L, "OPT", 2m, 651.04m),
            ],
            events.Cast<PositionUpdate>().Select(p => (p.Row.Account, p.Row.Contract.ConId, p.Row.Contract.SecType, p.Row.Position, p.Row.AverageCost)));
        Assert.Equal((190m, "C", "100"), (events.Cast<PositionUpdate>().Last().Row.Contract.Strike!.Value, events.Cast<PositionUpdate>().Last().Row.Contract.Right, events.Cast<PositionUpdate>().Last().Row.Contract.Multiplier));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Account_summary_streams_tags_per_account_and_completes_at_its_end()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("account_summary_tags.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var summary = await cluster.Client.Accounts.SummaryAsync(cancellationToken: Streams.Bounded());
        await summary.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(summary.Events, 6);
        await summary.DisposeAsync();

        var rows = events.Cast<AccountSummaryUpdate>().Select(e => e.Row).ToList();
        Assert.Equal(["DU0000001", "DU0000001", "DU0000001", "DU0000002", "DU0000002", "DU0000002"], rows.Select(r => r.Account));
        Assert.Equal(("NetLiquidation", "1012345.67", "USD"), (rows[0].Tag, rows[0].Value, rows[0].Currency));
        Assert.Equal(("BuyingPower", "1001640.20"), (rows[5].Tag, rows[5].Value));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task News_bulletins_stream_until_disposed()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("news_bulletins_stream.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var bulletins = await cluster.Client.Bulletins.SubscribeAsync(cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(bulletins.Events, 3);
        await bulletins.DisposeAsync();

        Assert.Equal(
            [
                (1, 1, "Trading in XYZQ halted pending news.", "NASDAQ"),
                (2, 2, "Exchange BOX is temporarily unavailable.", "BOX"),
                (3, 3, "Exchange BOX is available again.", "BOX"),
            ],
            events.Cast<NewsBulletinUpdate>().Select(e => (e.Bulletin.MessageId, e.Bulletin.Type, e.Bulletin.Message, e.Bulletin.OriginExchange)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_scanner_subscription_delivers_complete_ranked_result_sets_and_cancels_on_dispose()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("scanner_subscription_top_gainers.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var spec = new ScannerSpec { NumberOfRows = 3, Instrument = "STK", LocationCode = "STK.US.MAJOR", ScanCode = "TOP_PERC_GAIN", AbovePrice = 5m, AboveVolume = 100000 };
        var scanner = await cluster.Client.Scanner.SubscribeAsync(spec, Streams.Bounded());
        var results = Assert.IsType<ScannerResults>(Assert.Single(await Streams.TakeAsync(scanner.Events, 1)));
        var complete = await scanner.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        await scanner.DisposeAsync();

        Assert.Equal(
            [(0, 700000101L, "XMPA", "NMS"), (1, 700000102L, "XMPB", "NMS"), (2, 700000103L, "XMPC", "SCM")],
            results.Rows.Select(r => (r.Rank, r.Details.Contract.ConId, r.Details.Contract.Symbol, r.Details.MarketName)));
        Assert.Equal(1, complete.ConnectionSeq);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task The_open_orders_stream_lists_working_orders_then_follows_their_changes()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("open_orders_stream_updates.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        await using var orders = await cluster.Client.Orders.OpenOrdersStreamAsync(Streams.Bounded());
        var complete = await orders.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var events = (await Streams.TakeAsync(orders.Events, 6)).Cast<OpenOrderUpdate>().Select(e => e.Order).ToList();
        var tracked = await cluster.Client.Orders.Get("t-ord-9").GetAsync();

        Assert.Equal(1, complete.ConnectionSeq);
        Assert.Equal(
            [
                (12, "t-ord-9", "BUY", 100m, "Submitted", 0m),
                (12, "t-ord-9", "BUY", 100m, "Submitted", 0m),
                (13, "t-ord-10", "SELL", 30m, "PreSubmitted", 0m),
                (13, "t-ord-10", "SELL", 30m, "PreSubmitted", 0m),
                (13, "t-ord-10", "SELL", 30m, "Submitted", 0m),
                (12, "t-ord-9", "BUY", 100m, "Submitted", 40m),
            ],
            events.Select(o => (o.OrderId, o.OrderRef, o.Action, o.TotalQuantity, o.Status, o.Filled ?? 0m)));
        Assert.Equal((180.00m, 900000009L), (events[0].LimitPrice!.Value, events[0].PermId));
        Assert.Equal(12, tracked.OrderId);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_one_off_open_orders_listing_answers_beside_the_stream_and_the_stream_goes_on()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("open_orders_stream_with_listing.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        await using var orders = await cluster.Client.Orders.OpenOrdersStreamAsync(Streams.Bounded());
        await orders.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var listed = await cluster.Client.Orders.OpenAsync(cancellationToken: Streams.Bounded());
        var events = (await Streams.TakeAsync(orders.Events, 5)).Cast<OpenOrderUpdate>().Select(e => e.Order).ToList();

        var row = Assert.Single(listed);
        Assert.Equal((12, "t-ord-9", "Submitted"), (row.OrderId, row.OrderRef, row.Status));
        Assert.All(events, o => Assert.Equal(12, o.OrderId));
        Assert.Equal([0m, 0m, 0m, 0m, 40m], events.Select(o => o.Filled ?? 0m));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Account_updates_are_requested_again_after_a_reconnect_and_complete_again()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("account_updates_resubscribe.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var updates = await cluster.Client.Accounts.UpdatesAsync("DU0000001", Streams.Bounded());
        var lifecycle = await Streams.TakeAsync(updates.Lifecycle, 5);
        var events = await Streams.TakeAsync(updates.Events, 4);
        await updates.DisposeAsync();

        Assert.Equal(
            [
                (LifecycleKind.Started, 1L),
                (LifecycleKind.SnapshotComplete, 1L),
                (LifecycleKind.Gap, 1L),
                (LifecycleKind.Resumed, 2L),
                (LifecycleKind.SnapshotComplete, 2L),
            ],
            lifecycle.Select(l => (l.Kind, l.ConnectionSeq)));
        Assert.Equal(
            [("1012345.67", 1L), ("1012298.40", 2L)],
            events.OfType<AccountValueUpdate>().Select(v => (v.Value.Value, v.ConnectionSeq)));
        Assert.Equal(["10:02", "10:09"], events.OfType<AccountTimeUpdate>().Select(t => t.Time));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
