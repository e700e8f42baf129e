namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>REQ_NEWS_BULLETINS (12), version 1: allMessages (true also replays the day's earlier bulletins).</summary>
[WireMessage(Direction.Client, OutMsg.ReqNewsBulletins, "req_news_bulletins")]
public sealed class ReqNewsBulletins : Message
{
    public bool AllMessages;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Bool(ref AllMessages, "all_messages");
    }
}

/// <summary>CANCEL_NEWS_BULLETINS (13), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelNewsBulletins, "cancel_news_bulletins")]
public sealed class CancelNewsBulletins : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>REQ_NEWS_ARTICLE (84), no version field: provider code, article id, options.</summary>
[WireMessage(Direction.Client, OutMsg.ReqNewsArticle, "req_news_article")]
public sealed class ReqNewsArticle : Message
{
    public int ReqId;
    public string ProviderCode = string.Empty;
    public string ArticleId = string.Empty;

    /// <summary>newsArticleOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string NewsArticleOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref ProviderCode, "provider_code");
        v.Str(ref ArticleId, "article_id");
        v.Str(ref NewsArticleOptions, "news_article_options");
    }
}

/// <summary>REQ_NEWS_PROVIDERS (85): the frame is the id alone.</summary>
[WireMessage(Direction.Client, OutMsg.ReqNewsProviders, "req_news_providers")]
public sealed class ReqNewsProviders : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
    }
}

/// <summary>
/// REQ_HISTORICAL_NEWS (86), no version field: conId, provider codes ('+'-joined in one field), start and
/// end time, total results, options.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqHistoricalNews, "req_historical_news")]
public sealed class ReqHistoricalNews : Message
{
    public int ReqId;
    public int ConId;
    public string ProviderCodes = string.Empty;
    public string StartDateTime = string.Empty;
    public string EndDateTime = string.Empty;
    public int TotalResults;

    /// <summary>historicalNewsOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string HistoricalNewsOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref ConId, "con_id");
        v.Str(ref ProviderCodes, "provider_codes");
        v.Str(ref StartDateTime, "start_time");
        v.Str(ref EndDateTime, "end_time");
        v.Int(ref TotalResults, "total_results");
        v.Str(ref HistoricalNewsOptions, "historical_news_options");
    }
}
