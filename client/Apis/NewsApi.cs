using Ibkr.Contracts.Reference;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>News: the providers this login can read, past headlines about a contract, and articles.</summary>
public sealed class NewsApi
{
    private readonly OneShotRunner _oneShots;

    internal NewsApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>The news providers this login is subscribed to (REQ_NEWS_PROVIDERS).</summary>
    public Task<IReadOnlyList<NewsProvider>> ProvidersAsync(CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<NewsProvider>(new NewsProvidersQuery(), cancellationToken);

    /// <summary>Past headlines about a contract, complete at HISTORICAL_NEWS_END; <see cref="NewsHeadlines.HasMore"/> when the limit cut the list.</summary>
    public Task<NewsHeadlines> HistoricalAsync(HistoricalNewsQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<NewsHeadlines>(query, cancellationToken);

    /// <summary>One article, by its provider and the article id a headline names.</summary>
    public Task<NewsArticle> ArticleAsync(string providerCode, string articleId, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<NewsArticle>(new NewsArticleQuery { ProviderCode = providerCode, ArticleId = articleId }, cancellationToken);
}
