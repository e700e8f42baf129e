using Ibkr.Contracts.Reference;
using Ibkr.Contracts.Requests;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>News one-shots through the facade: providers, historical headlines, an article.</summary>
public sealed class NewsOneShotTests
{
    [Fact]
    public async Task News_providers_are_listed_by_code_and_name()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("news_providers_list.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var providers = await cluster.Client.News.ProvidersAsync(Streams.Bounded());

        Assert.Equal(
            [
                new NewsProvider { Code = "BRFG", Name = "Briefing.com General Market Columns" },
                new NewsProvider { Code = "BRFUPDN", Name = "Briefing.com Analyst Actions" },
                new NewsProvider { Code = "DJNL", Name = "Dow Jones Newsletters" },
            ],
            providers);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Historical_headlines_end_at_the_end_marker_and_an_article_is_fetched_by_its_id()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("historical_news_then_article.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var news = await cluster.Client.News.HistoricalAsync(
            new HistoricalNewsQuery
            {
                ConId = 265598,
                ProviderCodes = ["BRFG", "BRFUPDN"],
                StartDateTime = "2026-04-01 00:00:00.0",
                EndDateTime = "2026-04-06 10:00:00.0",
                TotalResults = 2,
            },
            Streams.Bounded());
        var first = news.Headlines[0];
        var article = await cluster.Client.News.ArticleAsync(first.ProviderCode, first.ArticleId, Streams.Bounded());

        Assert.True(news.HasMore);
        Assert.Equal(
            [
                new NewsHeadline { Time = "2026-04-06 09:12:00.0", ProviderCode = "BRFUPDN", ArticleId = "BRFUPDN$1a2b3c4d", Headline = "Apple target raised at example broker" },
                new NewsHeadline { Time = "2026-04-05 16:40:00.0", ProviderCode = "BRFG", ArticleId = "BRFG$5e6f7a8b", Headline = "Stocks to watch for the week ahead" },
            ],
            news.Headlines);
        Assert.Equal(new NewsArticle { ArticleType = 0, ArticleText = "Example broker raised its price target on Apple; rating unchanged." }, article);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
