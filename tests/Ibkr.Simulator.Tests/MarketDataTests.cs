using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Simulator.Tests;

public sealed class MarketDataTests
{
    [Fact]
    public async Task A_snapshot_ends_with_tick_snapshot_end_and_a_quote_streams_every_step()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(new ReqMktData { ReqId = 3, Contract = SimFixture.Aapl(), GenericTicks = ["233", "236"], Snapshot = true });
        await client.NextAsync<TickReqParams>(p => p.ReqId == 3);
        var bid = await client.NextAsync<TickPrice>(t => t.ReqId == 3 && t.Field == 1);
        var ask = await client.NextAsync<TickPrice>(t => t.ReqId == 3 && t.Field == 2);
        await client.NextAsync<TickGeneric>(t => t.ReqId == 3 && t.Field == 46);
        await client.NextAsync<TickSnapshotEnd>(e => e.ReqId == 3);
        Assert.Equal(bid.Price + 0.01m, ask.Price);

        await SimFixture.WatchAaplAsync(client);
        await sim.StepAsync(client);
        await sim.StepAsync(client);
        Assert.Empty(client.Log.OfType<TickPrice>().Where(t => t.ReqId == 3).Skip(7));
        Assert.True(client.Log.OfType<TickPrice>().Count(t => t.ReqId == 1 && t.Field == 4) >= 3);
    }

    [Fact]
    public async Task Unknown_generic_ticks_and_duplicate_ids_get_errors()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);

        await client.SendAsync(new ReqMktData { ReqId = 1, Contract = SimFixture.Aapl() });
        await client.ErrorAsync(322, reqId: 1);
        await client.SendAsync(new ReqMktData { ReqId = 2, Contract = SimFixture.Aapl(), GenericTicks = ["999"] });
        await client.ErrorAsync(321, reqId: 2);
        await client.SendAsync(new CancelMktData { ReqId = 77 });
        await client.ErrorAsync(300, reqId: 77);
    }

    [Fact]
    public async Task The_future_needs_delayed_data_which_comes_with_10167_and_delayed_ticks()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        var es = new Contract { Symbol = "ES", SecType = "FUT", Exchange = "CME", Currency = "USD", LocalSymbol = "ESM6" };

        await client.SendAsync(new ReqMktData { ReqId = 4, Contract = es });
        await client.ErrorAsync(354, reqId: 4);

        await client.SendAsync(new ReqMarketDataType { MarketDataType = 3 });
        await client.SendAsync(new ReqMktData { ReqId = 5, Contract = es });
        await client.ErrorAsync(10167, reqId: 5);
        var type = await client.NextAsync<MarketDataType>(t => t.ReqId == 5);
        var delayedBid = await client.NextAsync<TickPrice>(t => t.ReqId == 5 && t.Field == 66);
        Assert.Equal(3, type.DataType);
        Assert.Equal(0m, delayedBid.Price % 0.25m);
    }

    [Fact]
    public async Task Option_quotes_carry_model_computations_off_the_underlying()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        var underlying = await SimFixture.WatchAaplAsync(client);

        await client.SendAsync(new ReqMktData { ReqId = 6, Contract = new Contract { ConId = 700_000_009 } });
        var model = await client.NextAsync<TickOptionComputation>(t => t.ReqId == 6);
        Assert.Equal(13, model.TickType);
        Assert.InRange(model.UndPrice!.Value, underlying - 1m, underlying + 1m);
        Assert.InRange(model.Delta!.Value, -1m, 1m);
    }

    [Fact]
    public async Task Historical_bars_after_the_start_agree_with_the_live_trades()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);
        for (var i = 0; i < 5; i++)
        {
            await sim.StepAsync(client);
        }

        await client.SendAsync(new ReqHistoricalData { ReqId = 8, Contract = SimFixture.Aapl(), BarSizeSetting = "1 secs", DurationStr = "5 S", WhatToShow = "TRADES", FormatDate = 2 });
        var history = await client.NextAsync<HistoricalData>(h => h.ReqId == 8);
        await client.NextAsync<HistoricalDataEnd>(e => e.ReqId == 8);

        var lasts = client.Log.OfType<TickPrice>().Where(t => t.ReqId == 1 && t.Field == 4).Skip(1).Select(t => t.Price).ToList();
        Assert.Equal(lasts, history.Bars.Select(b => b.Close));
        Assert.Equal(
            [.. Enumerable.Range(1, 5).Select(i => SimFixture.Start.AddSeconds(i).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))],
            history.Bars.Select(b => b.Time));

        await client.SendAsync(new ReqHistoricalData { ReqId = 9, Contract = SimFixture.Aapl(), BarSizeSetting = "1 min", DurationStr = "1 D", WhatToShow = "TRADES", FormatDate = 1, KeepUpToDate = true });
        var day = await client.NextAsync<HistoricalData>(h => h.ReqId == 9);
        Assert.InRange(day.Bars.Count, 1400, 1441);
        await sim.StepAsync(client);
        var update = await client.NextAsync<HistoricalDataUpdate>(u => u.ReqId == 9);
        Assert.Equal(lasts.Count + 1, client.Log.OfType<TickPrice>().Count(t => t.ReqId == 1 && t.Field == 4) - 1);
        Assert.Equal(client.Log.OfType<TickPrice>().Last(t => t.ReqId == 1 && t.Field == 4).Price, update.Close);
    }

    [Fact]
    public async Task On_the_system_clock_the_market_steps_by_itself()
    {
        await using var sim = await GatewaySimulator.StartAsync(new SimulatorOptions { TickInterval = TimeSpan.FromMilliseconds(20) }, cancellationToken: TestContext.Current.CancellationToken);
        await using var client = await SimClient.ConnectAsync(sim);

        await client.SendAsync(new ReqMktData { ReqId = 1, Contract = SimFixture.Aapl() });
        for (var i = 0; i < 6; i++)
        {
            await client.NextAsync<TickPrice>(t => t.ReqId == 1 && t.Field == 4);
        }

        Assert.True(sim.Steps >= 5);
    }

    [Fact]
    public async Task Depth_rows_are_inserted_then_updated_each_step_around_the_touch()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);

        await client.SendAsync(new ReqMktDepth { ReqId = 2, Contract = SimFixture.Aapl(), NumRows = 3 });
        await client.SendAsync(new ReqCurrentTime());
        await client.NextAsync<CurrentTime>();
        var inserts = client.Take<MarketDepth>();
        await sim.StepAsync(client);
        var updates = client.Take<MarketDepth>();

        Assert.Equal(6, inserts.Count);
        Assert.All(inserts, d => Assert.Equal(0, d.Operation));
        Assert.Equal(6, updates.Count);
        Assert.All(updates, d => Assert.Equal(1, d.Operation));
        var bid = client.Log.OfType<TickPrice>().Last(t => t.ReqId == 1 && t.Field == 1).Price;
        Assert.Equal([bid, bid - 0.01m, bid - 0.02m], updates.Where(d => d.Side == 1).Select(d => d.Price));
    }

    [Fact]
    public async Task The_histogram_and_head_timestamp_come_from_the_same_tape()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(new ReqHistogramData { ReqId = 3, Contract = SimFixture.Aapl(), Period = "1 day" });
        var histogram = await client.NextAsync<HistogramData>(h => h.ReqId == 3);
        await client.SendAsync(new ReqHeadTimestamp { ReqId = 4, Contract = SimFixture.Aapl(), WhatToShow = "TRADES", FormatDate = 2 });
        var head = await client.NextAsync<HeadTimestamp>(h => h.ReqId == 4);

        Assert.True(histogram.Entries.Count > 10);
        Assert.Equal(histogram.Entries.OrderBy(e => e.Price).Select(e => e.Price), histogram.Entries.Select(e => e.Price));
        Assert.True(long.Parse(head.Timestamp, System.Globalization.CultureInfo.InvariantCulture) < SimFixture.Start.AddDays(-300).ToUnixTimeSeconds());
    }
}
