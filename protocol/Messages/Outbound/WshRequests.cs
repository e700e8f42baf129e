namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>REQ_WSH_META_DATA (100), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.ReqWshMetaData, "req_wsh_meta_data")]
public sealed class ReqWshMetaData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>CANCEL_WSH_META_DATA (101), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.CancelWshMetaData, "cancel_wsh_meta_data")]
public sealed class CancelWshMetaData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>
/// REQ_WSH_EVENT_DATA (102), no version field: conId, the filter tail (server version 171) and the date
/// window tail (173). conId and totalLimit are sent as plain numbers; the official "unset" default is
/// 2147483647 written as digits.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqWshEventData, "req_wsh_event_data")]
public sealed class ReqWshEventData : Message
{
    public int ReqId;
    public int ConId;
    public string Filter = string.Empty;
    public bool FillWatchlist;
    public bool FillPortfolio;
    public bool FillCompetitors;
    public string StartDate = string.Empty;
    public string EndDate = string.Empty;
    public int TotalLimit;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref ConId, "con_id");
        v.Str(ref Filter, "filter");
        v.Bool(ref FillWatchlist, "fill_watchlist");
        v.Bool(ref FillPortfolio, "fill_portfolio");
        v.Bool(ref FillCompetitors, "fill_competitors");
        v.Str(ref StartDate, "start_date");
        v.Str(ref EndDate, "end_date");
        v.Int(ref TotalLimit, "total_limit");
    }
}

/// <summary>CANCEL_WSH_EVENT_DATA (103), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.CancelWshEventData, "cancel_wsh_event_data")]
public sealed class CancelWshEventData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}
