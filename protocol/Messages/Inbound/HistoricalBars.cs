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
