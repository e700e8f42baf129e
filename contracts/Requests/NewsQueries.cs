namespace Ibkr.Contracts.Requests;

/// <summary>The news providers this login can read → rows of <see cref="Reference.NewsProvider"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsProvidersQuery")]
public sealed record NewsProvidersQuery : OneShotRequest;

/// <summary>Past headlines about a contract → <see cref="ValueResult{T}"/> of <see cref="Reference.NewsHeadlines"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.HistoricalNewsQuery")]
public sealed record HistoricalNewsQuery : OneShotRequest
{
    [Id(0)] public long ConId { get; init; }

    /// <summary>Provider codes such as BRFG (see <see cref="NewsProvidersQuery"/>); sent '+'-joined.</summary>
    [Id(1)] public IReadOnlyList<string> ProviderCodes { get; init; } = [];

    /// <summary>"yyyy-MM-dd HH:mm:ss.0"; empty for no bound.</summary>
    [Id(2)] public string StartDateTime { get; init; } = string.Empty;

    [Id(3)] public string EndDateTime { get; init; } = string.Empty;

    /// <summary>At most this many headlines (the Gateway caps it at 300).</summary>
    [Id(4)] public int TotalResults { get; init; } = 10;
}

/// <summary>One news article by provider and article id → <see cref="ValueResult{T}"/> of <see cref="Reference.NewsArticle"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsArticleQuery")]
public sealed record NewsArticleQuery : OneShotRequest
{
    [Id(0)] public string ProviderCode { get; init; } = string.Empty;
    [Id(1)] public string ArticleId { get; init; } = string.Empty;
}
