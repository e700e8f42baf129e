using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>A quote subscription through the facade across a dropped connection.</summary>
public sealed class QuoteStreamTests
{
    private static readonly Contract Aapl = new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    [Fact]
    public async Task A_quote_stream_gaps_when_the_connection_drops_and_resumes_on_the_next_one()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fault_reconnect_quote_resubscribe.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var quotes = await cluster.Client.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var prices = await Streams.TakeAsync(quotes.Events, 4, e => e is PriceTick);
        var lifecycle = await Streams.TakeAsync(quotes.Lifecycle, 3);
        await quotes.DisposeAsync();

        Assert.Equal(
            [(1, 189.10m, 1L), (2, 189.12m, 1L), (1, 189.31m, 2L), (2, 189.33m, 2L)],
            prices.Cast<PriceTick>().Select(p => (p.Field, p.Price!.Value, p.ConnectionSeq)));
        Assert.Equal(
            [(LifecycleKind.Started, 1L), (LifecycleKind.Gap, 1L), (LifecycleKind.Resumed, 2L)],
            lifecycle.Select(l => (l.Kind, l.ConnectionSeq)));
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
        Assert.Equal(2, (await cluster.Client.GetSessionAsync()).ConnectionSeq);
    }

    [Fact]
    public async Task A_price_tick_with_a_size_also_yields_the_size_tick()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fault_reconnect_quote_resubscribe.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        await using var quotes = await cluster.Client.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        var first = await Streams.TakeAsync(quotes.Events, 2);

        Assert.Equal(1, Assert.IsType<PriceTick>(first[0]).Field);
        var size = Assert.IsType<SizeTick>(first[1]);
        Assert.Equal((0, 300m), (size.Field, size.Size));
        Assert.Equal([1L, 2L], first.Select(e => e.Seq));
    }
}
