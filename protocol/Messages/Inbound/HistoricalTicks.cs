namespace Ibkr.Protocol.Messages.Inbound;

// reqHistoricalTicks replies: one frame per batch, a tick count, the ticks, then a done flag.

/// <summary>One tick of HISTORICAL_TICKS (96).</summary>
public sealed class HistoricalTick : FieldGroup
{
    /// <summary>Epoch seconds.</summary>
    public long Time;

    /// <summary>An attribute mask slot the official client reads and discards ("for consistency"); 0 in practice.</summary>
    public int TickAttrib;

    public decimal Price;
    public decimal? Size;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Long(ref Time, "time");
        v.Int(ref TickAttrib, "tick_attrib");
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
    }
}

/// <summary>HISTORICAL_TICKS (96): MIDPOINT ticks.</summary>
[WireMessage(Direction.Server, InMsg.HistoricalTicks, "historical_ticks")]
public sealed class HistoricalTicks : Message
{
    public int ReqId;
    public List<HistoricalTick> Ticks = [];
    public bool Done;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Ticks, "ticks");
        v.Bool(ref Done, "done");
    }
}

/// <summary>One tick of HISTORICAL_TICKS_BID_ASK (97).</summary>
public sealed class HistoricalTickBidAsk : FieldGroup
{
    public long Time;

    /// <summary>Bit 0 askPastHigh, bit 1 bidPastLow (the reverse of tick-by-tick bid/ask).</summary>
    public int TickAttrib;

    public decimal PriceBid;
    public decimal PriceAsk;
    public decimal? SizeBid;
    public decimal? SizeAsk;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Long(ref Time, "time");
        v.Int(ref TickAttrib, "tick_attrib");
        v.Dec(ref PriceBid, "bid_price");
        v.Dec(ref PriceAsk, "ask_price");
        v.DecMax(ref SizeBid, "bid_size");
        v.DecMax(ref SizeAsk, "ask_size");
    }
}

/// <summary>HISTORICAL_TICKS_BID_ASK (97): BID_ASK ticks.</summary>
[WireMessage(Direction.Server, InMsg.HistoricalTicksBidAsk, "historical_ticks_bid_ask")]
public sealed class HistoricalTicksBidAsk : Message
{
    public int ReqId;
    public List<HistoricalTickBidAsk> Ticks = [];
    public bool Done;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Ticks, "ticks");
        v.Bool(ref Done, "done");
    }
}

/// <summary>One tick of HISTORICAL_TICKS_LAST (98).</summary>
public sealed class HistoricalTickLast : FieldGroup
{
    public long Time;

    /// <summary>Bit 0 pastLimit, bit 1 unreported.</summary>
    public int TickAttrib;

    public decimal Price;
    public decimal? Size;
    public string Exchange = string.Empty;
    public string SpecialConditions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Long(ref Time, "time");
        v.Int(ref TickAttrib, "tick_attrib");
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
        v.Str(ref Exchange, "exchange");
        v.Str(ref SpecialConditions, "special_conditions");
    }
}

/// <summary>HISTORICAL_TICKS_LAST (98): TRADES ticks.</summary>
[WireMessage(Direction.Server, InMsg.HistoricalTicksLast, "historical_ticks_last")]
public sealed class HistoricalTicksLast : Message
{
    public int ReqId;
    public List<HistoricalTickLast> Ticks = [];
    public bool Done;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Ticks, "ticks");
        v.Bool(ref Done, "done");
    }
}
