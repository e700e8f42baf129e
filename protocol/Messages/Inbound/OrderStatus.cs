namespace Ibkr.Protocol.Messages.Inbound;

// Order lifecycle notifications other than the full order reports.

/// <summary>
/// ORDER_STATUS (3): no version field since server version 131 (market cap price). filled and
/// remaining are Decimal quantities; avgFillPrice and lastFillPrice are sent even when zero.
/// </summary>
[WireMessage(Direction.Server, InMsg.OrderStatus, "order_status")]
public sealed class OrderStatus : Message
{
    public int OrderId;
    public string Status = string.Empty;
    public decimal? Filled;
    public decimal? Remaining;
    public decimal AvgFillPrice;
    public long PermId;
    public int ParentId;
    public decimal LastFillPrice;
    public int ClientId;
    public string WhyHeld = string.Empty;
    public decimal? MktCapPrice;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref OrderId, "order_id");
        v.Str(ref Status, "status");
        v.DecMax(ref Filled, "filled");
        v.DecMax(ref Remaining, "remaining");
        v.Dec(ref AvgFillPrice, "avg_fill_price");
        v.Long(ref PermId, "perm_id");
        v.Int(ref ParentId, "parent_id");
        v.Dec(ref LastFillPrice, "last_fill_price");
        v.Int(ref ClientId, "client_id");
        v.Str(ref WhyHeld, "why_held");
        v.DecMax(ref MktCapPrice, "mkt_cap_price");
    }
}

/// <summary>OPEN_ORDER_END (53), version 1: the end of an open-order snapshot.</summary>
[WireMessage(Direction.Server, InMsg.OpenOrderEnd, "open_order_end")]
public sealed class OpenOrderEnd : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>ORDER_BOUND (100), no version: permId, clientId, orderId of an order bound to this API client.</summary>
[WireMessage(Direction.Server, InMsg.OrderBound, "order_bound")]
public sealed class OrderBound : Message
{
    public long PermId;
    public int ClientId;
    public int OrderId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Long(ref PermId, "perm_id");
        v.Int(ref ClientId, "client_id");
        v.Int(ref OrderId, "order_id");
    }
}
