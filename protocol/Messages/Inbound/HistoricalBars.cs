namespace Ibkr.Protocol.Messages.Inbound;

/// <summary>One bar of HISTORICAL_DATA (17).</summary>
public sealed class HistoricalBar : FieldGroup
{
    /// <summary>Bar time: "20260402 09:30:00 US/Eastern" intraday, "20260409" daily, epoch seconds with formatDate=2.</summary>
    public string Time = string.Empty;

    public decimal Open;
    public decimal High;
    public decimal Low;
    public decimal Close;
    public decimal? Volume;
    public decimal? Wap;
    public int Count;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref Time, "time");
        v.Dec(ref Open, "open");
        v.Dec(ref High, "high");
        v.Dec(ref Low, "low");
        v.Dec(ref Close, "close");
        v.DecMax(ref Volume, "volume");
        v.DecMax(ref Wap, "wap");
        v.Int(ref Count, "count");
    }
}

/// <summary>
/// HISTORICAL_DATA (17): every bar of a reqHistoricalData reply in one frame. Since server version 196
/// there is no version field and no start/end strings; the end comes as HISTORICAL_DATA_END (108).
/// </summary>
[WireMessage(Direction.Server, InMsg.HistoricalData, "historical_data")]
public sealed class HistoricalData : Message
{
    public int ReqId;
    public List<HistoricalBar> Bars = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Bars, "bars");
    }
}

/// <summary>
/// HISTORICAL_DATA_UPDATE (90): the bar in progress of a keepUpToDate reqHistoricalData. Note the
/// order: open, close, high, low, then wap before volume, and no trailing bar count (bar_count comes
/// second). ibkr-go has no decoder for 90 and reads a differently ordered bar from id 108 instead.
/// </summary>
[WireMessage(Direction.Server, InMsg.HistoricalDataUpdate, "historical_data_update")]
public sealed class HistoricalDataUpdate : Message
{
    public int ReqId;
    public int BarCount;

    /// <summary>The bar's date (transcript key <c>time</c>, as for historical bars).</summary>
    public string Date = string.Empty;

    public decimal Open;
    public decimal Close;
    public decimal High;
    public decimal Low;
    public decimal? Wap;
    public decimal? Volume;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref BarCount, "bar_count");
        v.Str(ref Date, "time");
        v.Dec(ref Open, "open");
        v.Dec(ref Close, "close");
        v.Dec(ref High, "high");
        v.Dec(ref Low, "low");
        v.DecMax(ref Wap, "wap");
        v.DecMax(ref Volume, "volume");
    }
}

/// <summary>
/// HISTORICAL_DATA_END (108): the end of a reqHistoricalData reply, with the requested range
/// (since server version 196; before, the range led HISTORICAL_DATA).
/// </summary>
[WireMessage(Direction.Server, InMsg.HistoricalDataEnd, "historical_bars_range_end")]
public sealed class HistoricalDataEnd : Message
{
    public int ReqId;

    /// <summary>startDateStr, e.g. "20260407 10:23:05 US/Eastern".</summary>
    public string StartDateStr = string.Empty;

    public string EndDateStr = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref StartDateStr, "start");

        // Older Gateways sent [108, reqId, start] without the end string.
        if (v.HasMoreFields)
        {
            v.Str(ref EndDateStr, "end");
        }
    }
}
