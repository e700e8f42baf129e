namespace Ibkr.Protocol.Messages.Inbound;

// Replies about the shape of the history rather than its bars: earliest data point, price
// histogram, trading schedule. No version fields.

/// <summary>HEAD_TIMESTAMP (88): the earliest data point available for reqHeadTimestamp.</summary>
[WireMessage(Direction.Server, InMsg.HeadTimestamp, "head_timestamp")]
public sealed class HeadTimestamp : Message
{
    public int ReqId;

    /// <summary>headTimestamp, formatted as the request asked (date string or epoch seconds).</summary>
    public string Timestamp = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Timestamp, "timestamp");
    }
}

/// <summary>One price level of HISTOGRAM_DATA (89).</summary>
public sealed class HistogramEntry : FieldGroup
{
    public decimal Price;
    public decimal? Size;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
    }
}

/// <summary>HISTOGRAM_DATA (89): volume per price level for reqHistogramData.</summary>
[WireMessage(Direction.Server, InMsg.HistogramData, "histogram_data")]
public sealed class HistogramData : Message
{
    public int ReqId;
    public List<HistogramEntry> Entries = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Entries, "entries");
    }
}

/// <summary>One session of HISTORICAL_SCHEDULE (106).</summary>
public sealed class HistoricalSession : FieldGroup
{
    /// <summary>e.g. "20260312-09:30:00".</summary>
    public string StartDateTime = string.Empty;

    public string EndDateTime = string.Empty;

    /// <summary>YYYYMMDD.</summary>
    public string RefDate = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref StartDateTime, "start_date_time");
        v.Str(ref EndDateTime, "end_date_time");
        v.Str(ref RefDate, "ref_date");
    }
}

/// <summary>HISTORICAL_SCHEDULE (106): the trading sessions, for reqHistoricalData with whatToShow=SCHEDULE.</summary>
[WireMessage(Direction.Server, InMsg.HistoricalSchedule, "historical_schedule")]
public sealed class HistoricalSchedule : Message
{
    public int ReqId;
    public string StartDateTime = string.Empty;
    public string EndDateTime = string.Empty;
    public string TimeZone = string.Empty;
    public List<HistoricalSession> Sessions = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref StartDateTime, "start_date_time");
        v.Str(ref EndDateTime, "end_date_time");
        v.Str(ref TimeZone, "time_zone");
        v.List(Sessions, "sessions");
    }
}
