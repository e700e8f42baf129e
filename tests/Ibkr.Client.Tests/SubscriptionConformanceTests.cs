using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>
/// Subscriptions through the facade against reference transcripts of the ibkr-go corpus in
/// <c>../shared/reference/ibkr-go-transcripts</c>, played unchanged; each must be consumed whole. They belong to
/// another project: read from beside the checkout, never copied in; without that folder the tests skip loudly.
/// </summary>
public sealed class SubscriptionConformanceTests
{
    private static readonly Contract Aapl = new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    [Fact]
    public async Task Pnl() => await PlayAsync("pnl.txt", async client =>
    {
        var pnl = await client.Accounts.PnLAsync("DU12345", cancellationToken: Streams.Bounded());
        var update = Assert.IsType<PnLUpdate>(Assert.Single(await Streams.TakeAsync(pnl.Events, 1)));
        await pnl.DisposeAsync();
        Assert.Equal((150.25m, 45.00m, 105.25m), (update.PnL.DailyPnl!.Value, update.PnL.UnrealizedPnl!.Value, update.PnL.RealizedPnl!.Value));
    });

    [Fact]
    public async Task Pnl_single() => await PlayAsync("pnl_single.txt", async client =>
    {
        var pnl = await client.Accounts.PnLSingleAsync("DU12345", 265598, cancellationToken: Streams.Bounded());
        var update = Assert.IsType<PnLUpdate>(Assert.Single(await Streams.TakeAsync(pnl.Events, 1)));
        await pnl.DisposeAsync();
        Assert.Equal((10m, 1895.00m), (update.PnL.Position!.Value, update.PnL.Value!.Value));
    });

    [Fact]
    public async Task Account_updates() => await PlayAsync("account_updates.txt", async client =>
    {
        var updates = await client.Accounts.UpdatesAsync("DU12345", Streams.Bounded());
        await updates.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var events = await Streams.TakeAsync(updates.Events, 3);
        await updates.DisposeAsync();
        Assert.Equal(["AccountValueUpdate", "PortfolioUpdate", "AccountTimeUpdate"], events.Select(e => e.GetType().Name));
        Assert.Equal((265598L, 10m), (events.OfType<PortfolioUpdate>().Single().Item.Contract.ConId, events.OfType<PortfolioUpdate>().Single().Item.Position));
    });

    [Fact]
    public async Task Account_summary() => await PlayAsync("account_summary.txt", async client =>
    {
        var summary = await client.Accounts.SummaryAsync(new AccountSummarySpec { Tags = ["NetLiquidation", "BuyingPower"] }, Streams.Bounded());
        await summary.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var rows = (await Streams.TakeAsync(summary.Events, 3)).Cast<AccountSummaryUpdate>().Select(e => e.Row).ToList();
        await summary.DisposeAsync();
        Assert.Equal([("DU12345", "NetLiquidation"), ("DU99999", "NetLiquidation"), ("DU12345", "BuyingPower")], rows.Select(r => (r.Account, r.Tag)));
    });

    [Fact]
    public async Task Account_summary_stream() => await PlayAsync("account_summary_stream.txt", async client =>
    {
        var summary = await client.Accounts.SummaryAsync(new AccountSummarySpec { Tags = ["NetLiquidation"] }, Streams.Bounded());
        var rows = (await Streams.TakeAsync(summary.Events, 2)).Cast<AccountSummaryUpdate>().Select(e => e.Row.Value).ToList();
        await summary.DisposeAsync();
        Assert.Equal(["100000.00", "100500.00"], rows);
    });

    [Fact]
    public async Task Positions() => await PlayAsync("positions.txt", async client =>
    {
        var positions = await client.Accounts.PositionsAsync(Streams.Bounded());
        await positions.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var row = Assert.IsType<PositionUpdate>(Assert.Single(await Streams.TakeAsync(positions.Events, 1))).Row;
        await positions.DisposeAsync();
        Assert.Equal(("DU12345", "AAPL", 10m, 189.12m), (row.Account, row.Contract.Symbol, row.Position, row.AverageCost));
    });

    [Fact]
    public async Task Positions_cancelled_before_any_reply() => await PlayAsync("lifecycle_subscription_close_immediate.txt", async client =>
    {
        var positions = await client.Accounts.PositionsAsync(Streams.Bounded());
        await positions.DisposeAsync();
        Assert.True((await positions.GetInfoAsync()).IsClosed);
    });

    [Theory]
    [InlineData("quote_snapshot.txt", 1)]
    [InlineData("quote_with_generic_ticks.txt", 1)]
    [InlineData("quote_delayed_data.txt", 3)]
    public async Task Quote_snapshot(string transcript, int marketDataType) => await PlayAsync(transcript, async client =>
    {
        await using var snapshot = await client.MarketData.SnapshotAsync(Aapl, cancellationToken: Streams.Bounded());
        var events = await Streams.AllAsync(snapshot.Events);
        var lifecycle = await Streams.AllAsync(snapshot.Lifecycle);
        Assert.Equal(marketDataType, events.OfType<MarketDataTypeChanged>().Single().MarketDataType);
        Assert.Equal([1, 2], events.OfType<PriceTick>().Select(p => p.Field));
        Assert.Equal([LifecycleKind.Started, LifecycleKind.SnapshotComplete, LifecycleKind.Closed], lifecycle.Select(l => l.Kind));
    });

    [Fact]
    public async Task Quote_with_a_session_wide_delayed_notice() => await PlayAsync("error_market_data_warning.txt", async client =>
    {
        var quotes = await client.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var prices = await Streams.TakeAsync(quotes.Events, 2, e => e is PriceTick);
        await quotes.DisposeAsync();
        Assert.Equal([(66, 250.00m), (67, 250.05m)], prices.Cast<PriceTick>().Select(p => (p.Field, p.Price!.Value)));
    });

    [Fact]
    public async Task Quote_refused_by_the_Gateway() => await PlayAsync("error_api_error_subscription.txt", async client =>
    {
        await using var quotes = await client.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var closed = (await Streams.AllAsync(quotes.Lifecycle))[^1];
        Assert.Equal((LifecycleKind.Closed, false, 354), (closed.Kind, closed.Retryable, closed.Error?.Code ?? 0));
    });

    [Fact]
    public async Task Depth_refused_by_the_Gateway() => await PlayAsync("market_depth_error.txt", async client =>
    {
        await using var depth = await client.MarketData.DepthAsync(new DepthSpec { Contract = Aapl }, Streams.Bounded());
        var closed = (await Streams.AllAsync(depth.Lifecycle))[^1];
        Assert.Equal((LifecycleKind.Closed, false, 10092), (closed.Kind, closed.Retryable, closed.Error?.Code ?? 0));
    });

    [Fact]
    public async Task Quote_stream_across_a_reconnect() => await PlayAsync("quote_stream_reconnect.txt", async client =>
    {
        var quotes = await client.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var prices = await Streams.TakeAsync(quotes.Events, 2, e => e is PriceTick);
        await quotes.DisposeAsync();
        Assert.Equal([(189.10m, 1L), (189.15m, 2L)], prices.Cast<PriceTick>().Select(p => (p.Price!.Value, p.ConnectionSeq)));
    });

    [Fact]
    public async Task Real_time_bars_across_a_reconnect() => await PlayAsync("realtime_bars_reconnect.txt", async client =>
    {
        var bars = await client.MarketData.RealTimeBarsAsync(new RealTimeBarsSpec { Contract = Aapl }, Streams.Bounded());
        var events = await Streams.TakeAsync(bars.Events, 2);
        await bars.DisposeAsync();
        Assert.Equal([(189.10m, 1L), (189.20m, 2L)], events.Cast<RealTimeBarUpdate>().Select(b => (b.Bar.Close, b.ConnectionSeq)));
    });

    [Fact]
    public async Task Live_bars() => await PlayAsync("historical_bars_stream.txt", async client =>
    {
        var spec = new LiveBarsSpec { Contract = Aapl, Duration = "300 S", BarSize = "5 secs", UseRth = false };
        var bars = await client.MarketData.LiveBarsAsync(spec, Streams.Bounded());
        var events = (await Streams.TakeAsync(bars.Events, 2)).Cast<BarUpdate>().ToList();
        await bars.DisposeAsync();
        Assert.Equal([(189.05m, false), (189.15m, true)], events.Select(b => (b.Bar.Close, b.IsLive)));
    });

    private static async Task PlayAsync(string name, Func<IbkrClient, Task> drive)
    {
        var path = Reference(name);
        Assert.SkipWhen(path is null, "CONFORMANCE NOT RUN: ../shared/reference/ibkr-go-transcripts is not beside this checkout.");
        await using var cluster = await ReplayCluster.StartAsync(path!);
        await cluster.Client.ConnectAsync(Streams.Bounded());
        await drive(cluster.Client);
        var result = await cluster.WaitForScriptAsync();
        Assert.True(result.Consumed, result.ToString());
    }

    private static string? Reference(string name)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Transcripts.Path(name))!, "..", "..", "shared", "reference", "ibkr-go-transcripts");
        var path = Path.GetFullPath(Path.Combine(folder, name));
        return File.Exists(path) ? path : null;
    }
}
