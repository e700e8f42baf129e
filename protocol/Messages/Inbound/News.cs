namespace Ibkr.Protocol.Messages.Inbound;

// News bulletins, providers, articles and historical headlines. Headlines and article text are
// human text and go through Text (\uXXXX escapes).

/// <summary>NEWS_BULLETINS (14): an IB news bulletin or exchange notice.</summary>
[WireMessage(Direction.Server, InMsg.NewsBulletins, "news_bulletin")]
public sealed class NewsBulletin : Message
{
    public int NewsMsgId;

    /// <summary>1 regular, 2 exchange no longer available, 3 exchange available again.</summary>
    public int NewsMsgType;

    /// <summary>The bulletin text (transcript key <c>headline</c>).</summary>
    public string NewsMessage = string.Empty;

    /// <summary>originatingExch (transcript key <c>source</c>).</summary>
    public string OriginatingExch = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref NewsMsgId, "msg_id");
        v.Int(ref NewsMsgType, "msg_type");
        v.Text(ref NewsMessage, "headline");
        v.Str(ref OriginatingExch, "source");
    }
}

/// <summary>NEWS_ARTICLE (83): the body of reqNewsArticle. No version field.</summary>
[WireMessage(Direction.Server, InMsg.NewsArticle, "news_article")]
public sealed class NewsArticle : Message
{
    public int ReqId;

    /// <summary>0 plain text or HTML, 1 binary (e.g. PDF) as base64.</summary>
    public int ArticleType;

    public string ArticleText = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref ArticleType, "article_type");
        v.Text(ref ArticleText, "article_text");
    }
}

/// <summary>One provider of NEWS_PROVIDERS (85).</summary>
public sealed class NewsProvider : FieldGroup
{
    public string ProviderCode = string.Empty;
    public string ProviderName = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref ProviderCode, "code");
        v.Text(ref ProviderName, "name");
    }
}

/// <summary>NEWS_PROVIDERS (85): the news providers this login is subscribed to. No request id.</summary>
[WireMessage(Direction.Server, InMsg.NewsProviders, "news_providers")]
public sealed class NewsProviders : Message
{
    public List<NewsProvider> Providers = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.List(Providers, "providers");
    }
}

/// <summary>HISTORICAL_NEWS (86): one headline of reqHistoricalNews.</summary>
[WireMessage(Direction.Server, InMsg.HistoricalNews, "historical_news")]
public sealed class HistoricalNews : Message
{
    public int ReqId;

    /// <summary>e.g. "2026-03-23 13:25:15.0".</summary>
    public string Time = string.Empty;

    public string ProviderCode = string.Empty;
    public string ArticleId = string.Empty;
    public string Headline = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Time, "time");
        v.Str(ref ProviderCode, "provider_code");
        v.Str(ref ArticleId, "article_id");
        v.Text(ref Headline, "headline");
    }
}

/// <summary>HISTORICAL_NEWS_END (87): the end of reqHistoricalNews; has_more when the limit cut the list.</summary>
[WireMessage(Direction.Server, InMsg.HistoricalNewsEnd, "historical_news_end")]
public sealed class HistoricalNewsEnd : Message
{
    public int ReqId;
    public bool HasMore;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Bool(ref HasMore, "has_more");
    }
}
