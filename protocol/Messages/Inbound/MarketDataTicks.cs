namespace Ibkr.Protocol.Messages.Inbound;

// Top-of-book ticks for reqMktData subscriptions. Official EDecoder layouts at server version 200.

/// <summary>TICK_PRICE (1): a price tick, with the size that came with it and the attribute bits.</summary>
[WireMessage(Direction.Server, InMsg.TickPrice, "tick_price")]
public sealed class TickPrice : Message
{
    public int ReqId;

    /// <summary>Tick type (transcript key <c>field</c>).</summary>
    public int Field;

    public decimal Price;
    public decimal? Size;

    /// <summary>Bit 0 canAutoExecute, bit 1 pastLimit, bit 2 preOpen.</summary>
    public int AttrMask;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
        v.Int(ref AttrMask, "attr_mask");
    }
}

/// <summary>TICK_SIZE (2).</summary>
[WireMessage(Direction.Server, InMsg.TickSize, "tick_size")]
public sealed class TickSize : Message
{
    public int ReqId;
    public int Field;
    public decimal? Size;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.DecMax(ref Size, "size");
    }
}
