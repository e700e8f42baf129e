using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using NewsArticle = Ibkr.Contracts.Reference.NewsArticle;
using NewsProvider = Ibkr.Contracts.Reference.NewsProvider;

namespace Ibkr.Grains.Flows;

/// <summary>News: providers, historical headlines (until HISTORICAL_NEWS_END), one article.</summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForNews(OneShotRequest request) => request switch
    {
        NewsProvidersQuery => new RowsFlow<NewsProvider>(
            _ => [new ReqNewsProviders()],
            m => m is NewsProviders p ? All(p.Providers.Select(ReferenceMapping.FromWire)) : RowStep<NewsProvider>.Skip,
            singleton: SingletonRoutes.NewsProviders),
        HistoricalNewsQuery q => new HistoricalNewsFlow(id => new ReqHistoricalNews
        {
            ReqId = id,
            ConId = checked((int)q.ConId),
            ProviderCodes = string.Join('+', q.ProviderCodes),
            StartDateTime = q.StartDateTime,
            EndDateTime = q.EndDateTime,
            TotalResults = q.TotalResults,
        }),
        NewsArticleQuery q => new ValueFlow<Protocol.Messages.Inbound.NewsArticle, NewsArticle>(
            id => [new ReqNewsArticle { ReqId = id, ProviderCode = q.ProviderCode, ArticleId = q.ArticleId }],
            ReferenceMapping.FromWire),
        _ => null,
    };
}
