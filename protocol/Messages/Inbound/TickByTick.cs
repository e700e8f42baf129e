namespace Ibkr.Protocol.Messages.Inbound;

/// <summary>
/// TICK_BY_TICK (99): one tick of a reqTickByTickData subscription. No version field. The fields after
/// time depend on tick_type: 1 Last / 2 AllLast → price, size, attribute mask, exchange, special
/// conditions; 3 BidAsk → bid/ask price and size, attribute mask; 4 MidPoint → mid point; 0 and
/// anything else → nothing more.
/// </summary>
[WireMessage(Direction.Server, InMsg.TickByTick, "tick_by_tick")]
public sealed class TickByTick : Message
{
    public int ReqId;

    /// <summary>0 none, 1 Last, 2 AllLast, 3 BidAsk, 4 MidPoint.</summary>
    public int TickType;

    /// <summary>Epoch seconds.</summary>
    public long Time;

    public decimal Price;
    public decimal? Size;

    /// <summary>Bit 0 pastLimit, bit 1 unreported.</summary>
    public int TickAttribLast;

    public string Exchange = string.Empty;
    public string SpecialConditions = string.Empty;

    public decimal BidPrice;
    public decimal AskPrice;
    public decimal? BidSize;
    public decimal? AskSize;

    /// <summary>Bit 0 bidPastLow, bit 1 askPastHigh.</summary>
    public int TickAttribBidAsk;

    public decimal MidPoint;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref TickType, "tick_type");
        v.Long(ref Time, "time");
        switch (TickType)
        {
            case 1 or 2:
                v.Dec(ref Price, "price");
                v.DecMax(ref Size, "size");
                v.Int(ref TickAttribLast, "tick_attrib_last");
                v.Str(ref Exchange, "exchange");
                v.Str(ref SpecialConditions, "special_conditions");
                break;
            case 3:
                v.Dec(ref BidPrice, "bid_price");
                v.Dec(ref AskPrice, "ask_price");
                v.DecMax(ref BidSize, "bid_size");
                v.DecMax(ref AskSize, "ask_size");
                v.Int(ref TickAttribBidAsk, "tick_attrib_bid_ask");
                break;
            case 4:
                v.Dec(ref MidPoint, "mid_point");
                break;
            default:
                break;
        }
    }
}
