using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Requests;
using Ibkr.Contracts.Sessions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>History one-shots through the facade: ticks, histogram, trading schedule, and how they fail.</summary>
public sealed class HistoryOneShotTests
{
    private static readonly Contract Aapl = Contract.Stock("AAPL");

    private static HistoricalTicksQuery Ticks(string whatToShow, int count) => new()
    {
        Contract = Aapl,
        StartDateTime = "20260406 10:00:00 US/Eastern",
        NumberOfTicks = count,
        WhatToShow = whatToShow,
    };

    [Fact]
    public async Task Trade_ticks_carry_price_size_exchange_conditions_and_attributes()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_ticks_trades_single_batch.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.History.TicksAsync(Ticks("TRADES", 3), Streams.Bounded());

        Assert.Equal(
            [(1775484000L, 189.11m, 100m, "NASDAQ", "", 0), (1775484000L, 189.10m, 7m, "FINRA", "I", 2), (1775484002L, 189.12m, 200m, "ARCA", "", 0)],
            ticks.Select(t => (t.Time, t.Price!.Value, t.Size!.Value, t.Exchange, t.SpecialConditions, t.Attributes)));
        Assert.All(ticks, t => Assert.Null(t.BidPrice));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Ticks_arriving_in_several_batches_are_collected_until_the_done_batch()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_ticks_trades_two_batches.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.History.TicksAsync(
            new HistoricalTicksQuery { Contract = Aapl, EndDateTime = "20260406 10:00:05 US/Eastern", NumberOfTicks = 4 },
            Streams.Bounded());
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal([1775484000L, 1775484001L, 1775484003L, 1775484005L], ticks.Select(t => t.Time));
        Assert.Equal([189.11m, 189.12m, 189.13m, 189.10m], ticks.Select(t => t.Price!.Value));
        Assert.Equal(1775484006, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Bid_ask_ticks_carry_both_sides_and_the_attribute_mask()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_ticks_bid_ask_single_batch.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.History.TicksAsync(Ticks("BID_ASK", 2), Streams.Bounded());

        Assert.Equal(
            [(1775484000L, 189.10m, 189.11m, 300m, 200m, 0), (1775484001L, 189.10m, 189.12m, 100m, 400m, 1)],
            ticks.Select(t => (t.Time, t.BidPrice!.Value, t.AskPrice!.Value, t.BidSize!.Value, t.AskSize!.Value, t.Attributes)));
        Assert.All(ticks, t => Assert.Null(t.Price));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Midpoint_ticks_carry_time_and_price()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_ticks_midpoint_single_batch.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var ticks = await cluster.Client.History.TicksAsync(Ticks("MIDPOINT", 3), Streams.Bounded());

        Assert.Equal(
            [(1775484000L, 189.105m), (1775484001L, 189.11m), (1775484003L, 189.115m)],
            ticks.Select(t => (t.Time, t.Price!.Value)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_histogram_lists_the_volume_at_each_price()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("histogram_data_week.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var histogram = await cluster.Client.History.HistogramAsync(new HistogramQuery { Contract = Aapl, Period = "1 week" }, Streams.Bounded());

        Assert.Equal(
            [(187.50m, 1204300m), (188.00m, 2871100m), (188.50m, 3320500m), (189.00m, 2988200m), (189.50m, 1407600m)],
            histogram.Select(e => (e.Price, e.Size!.Value)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_trading_schedule_has_one_session_per_trading_day()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_schedule_week.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var schedule = await cluster.Client.History.ScheduleAsync(
            new TradingScheduleQuery { Contract = Aapl, EndDateTime = "20260410-16:00:00", Duration = "1 W" },
            Streams.Bounded());

        Assert.Equal(("20260406-09:30:00", "20260410-16:00:00", "US/Eastern"), (schedule.StartDateTime, schedule.EndDateTime, schedule.TimeZone));
        Assert.Equal(["20260406", "20260407", "20260408", "20260409", "20260410"], schedule.Sessions.Select(s => s.RefDate));
        Assert.Equal(("20260408-09:30:00", "20260408-16:00:00"), (schedule.Sessions[2].StartDateTime, schedule.Sessions[2].EndDateTime));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_pacing_violation_fails_the_request_with_code_162_and_the_next_request_succeeds()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fault_history_pacing_162.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var error = await Assert.ThrowsAsync<IbkrApiException>(() => cluster.Client.History.BarsAsync(
            new HistoricalBarsQuery { Contract = Aapl, BarSize = "1 secs", Duration = "1800 S" },
            Streams.Bounded()));
        var bars = await cluster.Client.History.BarsAsync(
            new HistoricalBarsQuery { Contract = Aapl, BarSize = "1 min", Duration = "120 S" },
            Streams.Bounded());

        Assert.Equal(162, error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("pacing violation", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal([189.22m, 189.29m], bars.Select(b => b.Close));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_dropped_connection_interrupts_a_request_retryably_and_asking_again_on_the_next_connection_works()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fault_reconnect_history_retry.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());
        var query = new HistoricalBarsQuery { Contract = Aapl, EndDateTime = "20260403-16:00:00", Duration = "5 D", BarSize = "1 day" };

        var interrupted = await Assert.ThrowsAsync<IbkrException>(() => cluster.Client.History.BarsAsync(query, Streams.Bounded()));
        var info = await WaitForConnectionAsync(cluster.Client, 2);
        var bars = await cluster.Client.History.BarsAsync(query, Streams.Bounded());

        Assert.IsNotType<IbkrApiException>(interrupted);
        Assert.True(interrupted.Retryable);
        Assert.Equal(SessionStatus.Ready, info.Status);
        Assert.Equal(["20260330", "20260331", "20260401"], bars.Select(b => b.Time));
        Assert.Equal(188.64m, bars[1].Close);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    private static async Task<SessionInfo> WaitForConnectionAsync(IbkrClient client, long connectionSeq)
    {
        using var timeout = new CancellationTokenSource(Streams.Timeout);
        while (true)
        {
            var info = await client.ConnectAsync(timeout.Token);
            if (info.ConnectionSeq >= connectionSeq)
            {
                return info;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
