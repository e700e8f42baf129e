namespace Ibkr.Contracts.Reference;

/// <summary>An IB news bulletin (NEWS_BULLETINS): 1 regular, 2 exchange unavailable, 3 exchange available.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsBulletin")]
public sealed record NewsBulletin
{
    [Id(0)] public int MessageId { get; init; }
    [Id(1)] public int Type { get; init; }
    [Id(2)] public string Message { get; init; } = string.Empty;
    [Id(3)] public string OriginExchange { get; init; } = string.Empty;
}

/// <summary>A news provider the account can read.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsProvider")]
public sealed record NewsProvider
{
    [Id(0)] public string Code { get; init; } = string.Empty;
    [Id(1)] public string Name { get; init; } = string.Empty;
}

/// <summary>A news article: 0 plain text or HTML, 1 binary as base64.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsArticle")]
public sealed record NewsArticle
{
    [Id(0)] public int ArticleType { get; init; }
    [Id(1)] public string ArticleText { get; init; } = string.Empty;
}

/// <summary>One headline of a historical news query.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsHeadline")]
public sealed record NewsHeadline
{
    [Id(0)] public string Time { get; init; } = string.Empty;
    [Id(1)] public string ProviderCode { get; init; } = string.Empty;
    [Id(2)] public string ArticleId { get; init; } = string.Empty;
    [Id(3)] public string Headline { get; init; } = string.Empty;
}

/// <summary>The headlines of a historical news query, newest first; <see cref="HasMore"/> when the limit cut the list.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsHeadlines")]
public sealed record NewsHeadlines
{
    [Id(0)] public IReadOnlyList<NewsHeadline> Headlines { get; init; } = [];
    [Id(1)] public bool HasMore { get; init; }
}
