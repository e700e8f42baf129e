using Ibkr.Client;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Requests;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// One-shot families driven through the public facade against the replay host playing an ibkr-go reference
/// transcript unchanged: the typed answer is checked and the host must report the whole script consumed.
/// </summary>
public class OneShotFacadeConformanceTests
{
    private static readonly Contract Aapl = Contract.Stock("AAPL");

    private static readonly Dictionary<string, Func<IbkrClient, CancellationToken, Task>> Drivers = new(StringComparer.Ordinal)
    {
        ["fundamental_data.txt"] = async (c, ct) =>
            Assert.Contains("<CoID Type=\"Ticker\">AAPL</CoID>", await c.Contracts.FundamentalDataAsync(Aapl, "ReportSnapshot", ct), StringComparison.Ordinal),
        ["mkt_depth_exchanges.txt"] = async (c, ct) =>
            Assert.Equal(("ARCA", "Deep", (int?)4), Assert.Single(await c.Contracts.DepthExchangesAsync(ct)) is var e ? (e.Exchange, e.ServiceDataType, e.AggregationGroup) : default),
        ["histogram_data.txt"] = async (c, ct) =>
            Assert.Equal([170.50m, 171.00m, 171.50m], (await c.History.HistogramAsync(new HistogramQuery { Contract = Aapl }, ct)).Select(h => h.Price)),
        ["historical_ticks_trades.txt"] = async (c, ct) =>
            Assert.Equal(("ARCA", 170.50m, 2), Assert.Single(await c.History.TicksAsync(new HistoricalTicksQuery { Contract = Aapl, NumberOfTicks = 1 }, ct)) is var t ? (t.Exchange, t.Price!.Value, t.Attributes) : default),
        ["historical_ticks_bid_ask.txt"] = async (c, ct) =>
            Assert.Equal((170.40m, 170.60m), Assert.Single(await c.History.TicksAsync(new HistoricalTicksQuery { Contract = Aapl, WhatToShow = "BID_ASK" }, ct)) is var t ? (t.BidPrice!.Value, t.AskPrice!.Value) : default),
        ["historical_ticks_midpoint.txt"] = async (c, ct) =>
            Assert.Equal([170.50m, 170.55m], (await c.History.TicksAsync(new HistoricalTicksQuery { Contract = Aapl, WhatToShow = "MIDPOINT" }, ct)).Select(t => t.Price!.Value)),
        ["historical_schedule_aapl.txt"] = async (c, ct) =>
        {
            var schedule = await c.History.ScheduleAsync(new TradingScheduleQuery { Contract = Aapl, EndDateTime = "20260410-16:00:00", Duration = "1 M" }, ct);
            Assert.Equal(("US/Eastern", 21, "20260312"), (schedule.TimeZone, schedule.Sessions.Count, schedule.Sessions[0].RefDate));
        },
        ["news_providers.txt"] = async (c, ct) =>
            Assert.Equal(["BZ", "FLY"], (await c.News.ProvidersAsync(ct)).Select(p => p.Code)),
        ["historical_news.txt"] = async (c, ct) =>
        {
            var news = await c.News.HistoricalAsync(new HistoricalNewsQuery { ConId = 265598, ProviderCodes = ["BRFG"] }, ct);
            Assert.Equal((false, "BRFG$12345"), (news.HasMore, news.Headlines[0].ArticleId));
        },
        ["news_article.txt"] = async (c, ct) =>
            Assert.Equal("AAPL earnings beat expectations", (await c.News.ArticleAsync("BRFG", "BRFG$12345", ct)).ArticleText),
        ["family_codes.txt"] = async (c, ct) =>
            Assert.Equal("F12345", Assert.Single(await c.Advisors.FamilyCodesAsync(ct)).Code),
        ["soft_dollar_tiers.txt"] = async (c, ct) =>
            Assert.Empty(await c.Advisors.SoftDollarTiersAsync(ct)),
        ["user_info.txt"] = async (c, ct) =>
            Assert.Equal(string.Empty, await c.Advisors.UserInfoAsync(ct)),
        ["wsh_meta_data_error.txt"] = async (c, ct) =>
            Assert.Equal(10276, (await Assert.ThrowsAsync<IbkrApiException>(() => c.Wsh.MetaDataAsync(ct))).Code),
        ["calc_option_price.txt"] = async (c, ct) =>
            Assert.Equal(6.50m, (await c.Options.PriceAsync(Aapl with { SecType = "OPT", Strike = 175m, Right = "C" }, 0.30m, 175m, ct)).OptionPrice),
        ["calc_implied_volatility.txt"] = async (c, ct) =>
            Assert.Equal(0.35m, (await c.Options.ImpliedVolatilityAsync(Aapl with { SecType = "OPT", Strike = 170m, Right = "C" }, 5.25m, 170.50m, ct)).ImpliedVolatility),
        ["display_groups.txt"] = async (c, ct) =>
            Assert.Equal([1, 2, 3, 4, 5, 6, 7], await c.DisplayGroups.ListAsync(ct)),
        ["scanner_parameters.txt"] = async (c, ct) =>
            Assert.StartsWith("<ScanParameterResponse>", await c.Scanner.ParametersAsync(ct), StringComparison.Ordinal),
        ["error_api_error_oneshot.txt"] = async (c, ct) =>
            Assert.Equal(200, (await Assert.ThrowsAsync<IbkrApiException>(() => c.Contracts.DetailsAsync(Contract.Stock("ZZZZNONE"), ct))).Code),
        ["error_disconnect_during_oneshot.txt"] = InterruptedBarsAsync,
        ["reconnect_oneshot_interrupted.txt"] = InterruptedBarsAsync,
    };

    public static TheoryData<string> Transcripts() => new(Drivers.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Reference_transcript_runs_through_the_facade(string name)
    {
        SharedReference.Require();
        var path = Path.Combine(SharedReference.Root!, "reference", "ibkr-go-transcripts", name);
        await using var cluster = await ReplayCluster.StartAsync(path);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await cluster.Client.ConnectAsync(timeout.Token);

        await Drivers[name](cluster.Client, timeout.Token);

        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    /// <summary>The connection drops before any reply: the request fails as a retryable interruption, not a Gateway error.</summary>
    private static async Task InterruptedBarsAsync(IbkrClient client, CancellationToken cancellationToken)
    {
        var query = new HistoricalBarsQuery { Contract = Aapl, EndDateTime = "20260406-12:00:00", Duration = "1 D", BarSize = "1 hour" };
        var error = await Assert.ThrowsAsync<IbkrException>(() => client.History.BarsAsync(query, cancellationToken));
        Assert.IsNotType<IbkrApiException>(error);
        Assert.True(error.Retryable);
    }
}
