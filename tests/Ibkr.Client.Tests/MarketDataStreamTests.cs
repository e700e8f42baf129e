using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Market data subscriptions through the facade: bars, tick-by-tick, depth, live bars, snapshots, delayed quotes.</summary>
public sealed class MarketDataStreamTests
{
    private static readonly Contract Aapl = new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    [Fact]
    public async Task Real_time_bars_stream_five_second_bars_until_disposed()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("realtime_bars_five_seconds.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var bars = await cluster.Client.MarketData.RealTimeBarsAsync(new RealTimeBarsSpec { Contract = Aapl, UseRth = false }, Streams.Bounded());
        var events = await Streams.TakeAsync(bars.Events, 3);
        await bars.DisposeAsync();

        Assert.Equal(
            [
                (1775484000L, 189.10m, 189.14m, 189.08m, 189.12m, 2300m, 189.11m, 41),
                (1775484005L, 189.12m, 189.15m, 189.10m, 189.10m, 1800m, 189.12m, 33),
                (1775484010L, 189.10m, 189.11m, 189.02m, 189.05m, 4100m, 189.06m, 57),
            ],
            events.Cast<RealTimeBarUpdate>().Select(e => (e.Bar.Time, e.Bar.Open, e.Bar.High, e.Bar.Low, e.Bar.Close, e.Bar.Volume!.Value, e.Bar.Wap!.Value, e.Bar.Count)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Theory]
    [InlineData("tick_by_tick_last.txt", "Last", 1)]
    [InlineData("tick_by_tick_all_last.txt", "AllLast", 2)]
    public async Task Tick_by_tick_trades_carry_price_size_exchange_and_conditions(string transcript, string tickType, int wireType)
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path(transcript));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.MarketData.TickByTickAsync(new TickByTickSpec { Contract = Aapl, TickType = tickType }, Streams.Bounded());
        var events = (await Streams.TakeAsync(ticks.Events, 3)).Cast<TickByTickUpdate>().ToList();
        await ticks.DisposeAsync();

        Assert.All(events, e => Assert.Equal(wireType, e.TickType));
        Assert.Equal(
            [
                (1775482201L, 189.11m, 100m, 0, "NASDAQ", ""),
                (1775482201L, 189.12m, 40m, 2, "ARCA", "I"),
                (1775482202L, 189.10m, 250m, 0, "IEX", ""),
            ],
            events.Select(e => (e.Time, e.Tick.Price!.Value, e.Tick.Size!.Value, e.Tick.Attributes, e.Tick.Exchange, e.Tick.SpecialConditions)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Tick_by_tick_bid_ask_carries_both_sides_and_the_attribute_mask()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("tick_by_tick_bid_ask.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.MarketData.TickByTickAsync(new TickByTickSpec { Contract = Aapl, TickType = "BidAsk" }, Streams.Bounded());
        var events = (await Streams.TakeAsync(ticks.Events, 3)).Cast<TickByTickUpdate>().ToList();
        await ticks.DisposeAsync();

        Assert.All(events, e => Assert.Equal(3, e.TickType));
        Assert.Equal(
            [
                (1775482201L, 189.10m, 189.12m, 300m, 200m, 0),
                (1775482202L, 189.11m, 189.12m, 100m, 500m, 0),
                (1775482203L, 189.09m, 189.13m, 400m, 100m, 3),
            ],
            events.Select(e => (e.Time, e.Tick.BidPrice!.Value, e.Tick.AskPrice!.Value, e.Tick.BidSize!.Value, e.Tick.AskSize!.Value, e.Tick.Attributes)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Tick_by_tick_midpoint_carries_the_midpoint_as_the_price()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("tick_by_tick_midpoint.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.MarketData.TickByTickAsync(new TickByTickSpec { Contract = Aapl, TickType = "MidPoint" }, Streams.Bounded());
        var events = (await Streams.TakeAsync(ticks.Events, 3)).Cast<TickByTickUpdate>().ToList();
        await ticks.DisposeAsync();

        Assert.Equal(
            [(4, 1775482201L, 189.11m), (4, 1775482202L, 189.115m), (4, 1775482204L, 189.105m)],
            events.Select(e => (e.TickType, e.Time, e.Tick.Price!.Value)));
        Assert.All(events, e => Assert.Null(e.Tick.Size));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Market_depth_streams_inserts_updates_and_deletes_of_an_exchange_book()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("market_depth_rows.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var depth = await cluster.Client.MarketData.DepthAsync(new DepthSpec { Contract = Aapl with { Exchange = "ARCA" }, Rows = 3 }, Streams.Bounded());
        var events = (await Streams.TakeAsync(depth.Events, 5)).Cast<DepthUpdate>().ToList();
        await depth.DisposeAsync();

        Assert.Equal(
            [(0, 0, 1, 189.10m, 300m), (1, 0, 1, 189.09m, 500m), (0, 0, 0, 189.12m, 200m), (0, 1, 1, 189.10m, 100m), (1, 2, 1, 189.09m, 0m)],
            events.Select(e => (e.Position, e.Operation, e.Side, e.Price, e.Size!.Value)));
        Assert.All(events, e => Assert.False(e.IsSmartDepth));
        Assert.All(events, e => Assert.Equal(string.Empty, e.MarketMaker));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Smart_depth_names_the_market_maker_of_each_level()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("market_depth_l2_smart.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var depth = await cluster.Client.MarketData.DepthAsync(new DepthSpec { Contract = Aapl, Rows = 5, SmartDepth = true }, Streams.Bounded());
        var events = (await Streams.TakeAsync(depth.Events, 4)).Cast<DepthUpdate>().ToList();
        await depth.DisposeAsync();

        Assert.Equal(
            [("NASDAQ", 0, 0, 1, 189.10m, 300m), ("ARCA", 1, 0, 1, 189.09m, 700m), ("IEX", 0, 0, 0, 189.12m, 100m), ("NASDAQ", 0, 1, 1, 189.10m, 200m)],
            events.Select(e => (e.MarketMaker, e.Position, e.Operation, e.Side, e.Price, e.Size!.Value)));
        Assert.All(events, e => Assert.True(e.IsSmartDepth));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Live_bars_deliver_the_history_then_snapshot_complete_then_updates_of_the_open_bar()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_bars_keep_up_to_date.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var spec = new LiveBarsSpec { Contract = Aapl, Duration = "1800 S", BarSize = "5 mins", UseRth = false };
        var bars = await cluster.Client.MarketData.LiveBarsAsync(spec, Streams.Bounded());
        var complete = await bars.WaitForAsync(LifecycleKind.SnapshotComplete, cancellationToken: Streams.Bounded());
        var events = (await Streams.TakeAsync(bars.Events, 4)).Cast<BarUpdate>().ToList();
        await bars.DisposeAsync();

        Assert.Equal(1, complete.ConnectionSeq);
        Assert.Equal(
            [
                ("20260406 10:20:00 US/Eastern", 189.20m, 189.31m, 189.05m, 189.18m, 412300m, false),
                ("20260406 10:25:00 US/Eastern", 189.18m, 189.40m, 189.15m, 189.36m, 398700m, false),
                ("20260406 10:30:00 US/Eastern", 189.36m, 189.44m, 189.33m, 189.41m, 51200m, true),
                ("20260406 10:30:00 US/Eastern", 189.36m, 189.44m, 189.27m, 189.29m, 98400m, true),
            ],
            events.Select(e => (e.Bar.Time, e.Bar.Open, e.Bar.High, e.Bar.Low, e.Bar.Close, e.Bar.Volume!.Value, e.IsLive)));
        Assert.Equal([189.19m, 189.28m, 189.39m, 189.35m], events.Select(e => e.Bar.Wap!.Value));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_quote_snapshot_completes_and_closes_by_itself_without_a_cancel()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("quote_snapshot_with_end.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        await using var snapshot = await cluster.Client.MarketData.SnapshotAsync(Aapl, cancellationToken: Streams.Bounded());
        var events = await Streams.AllAsync(snapshot.Events);
        var lifecycle = await Streams.AllAsync(snapshot.Lifecycle);

        var parameters = Assert.IsType<QuoteParameters>(events[0]);
        Assert.Equal((0.01m, "9c0001", 3), (parameters.MinTick!.Value, parameters.BboExchange, parameters.SnapshotPermissions));
        Assert.Equal(
            [(1, 189.10m), (2, 189.12m), (4, 189.11m), (9, 187.45m)],
            events.OfType<PriceTick>().Select(p => (p.Field, p.Price!.Value)));
        Assert.Equal([(0, 300m), (3, 200m), (5, 100m)], events.OfType<SizeTick>().Select(s => (s.Field, s.Size!.Value)));
        Assert.Equal([LifecycleKind.Started, LifecycleKind.SnapshotComplete, LifecycleKind.Closed], lifecycle.Select(l => l.Kind));
        Assert.False(lifecycle[^1].Retryable);
        Assert.True((await snapshot.GetInfoAsync()).IsClosed);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Delayed_quotes_ask_for_market_data_type_3_and_the_10167_notice_does_not_close_them()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("quote_delayed_10167_market_data_type.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var quotes = await cluster.Client.MarketData.QuotesAsync(new QuoteSpec { Contract = Aapl, MarketDataType = 3 }, Streams.Bounded());
        var events = await Streams.TakeAsync(quotes.Events, 8);
        var info = await quotes.GetInfoAsync();
        await quotes.DisposeAsync();

        Assert.Equal(3, Assert.IsType<MarketDataTypeChanged>(events[0]).MarketDataType);
        Assert.Equal([(66, 188.95m), (67, 189.00m), (68, 188.97m)], events.OfType<PriceTick>().Select(p => (p.Field, p.Price!.Value)));
        Assert.Equal([(69, 100m), (70, 200m), (71, 100m), (74, 1203400m)], events.OfType<SizeTick>().Select(s => (s.Field, s.Size!.Value)));
        Assert.False(info.IsClosed);
        Assert.Equal(LifecycleKind.Started, info.Lifecycle?.Kind);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
