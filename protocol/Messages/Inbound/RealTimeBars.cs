namespace Ibkr.Protocol.Messages.Inbound;

/// <summary>REAL_TIME_BARS (50): one 5-second bar of a reqRealTimeBars subscription.</summary>
[WireMessage(Direction.Server, InMsg.RealTimeBars, "realtime_bar")]
public sealed class RealTimeBar : Message
{
    public int ReqId;

    /// <summary>Bar start, epoch seconds.</summary>
    public long Time;

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
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        v.Long(ref Time, "time");
        v.Dec(ref Open, "open");
        v.Dec(ref High, "high");
        v.Dec(ref Low, "low");
        v.Dec(ref Close, "close");
        v.DecMax(ref Volume, "volume");
        v.DecMax(ref Wap, "wap");
        v.Int(ref Count, "count");
    }
}
