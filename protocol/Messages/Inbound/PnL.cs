namespace Ibkr.Protocol.Messages.Inbound;

// Profit and loss subscriptions (reqPnL, reqPnLSingle). Official EDecoder layouts at server version 200.
// Values not yet computed arrive as the unset double sentinel, so every amount is nullable.

/// <summary>PNL (94): daily, unrealized and realized P&amp;L of an account or model.</summary>
[WireMessage(Direction.Server, InMsg.PnL, "pnl")]
public sealed class PnL : Message
{
    public int ReqId;
    public decimal? DailyPnL;
    public decimal? UnrealizedPnL;
    public decimal? RealizedPnL;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.DecMax(ref DailyPnL, "daily_pnl");
        v.DecMax(ref UnrealizedPnL, "unrealized_pnl");
        v.DecMax(ref RealizedPnL, "realized_pnl");
    }
}

/// <summary>PNL_SINGLE (95): P&amp;L of one position, with its size and market value.</summary>
[WireMessage(Direction.Server, InMsg.PnLSingle, "pnl_single")]
public sealed class PnLSingle : Message
{
    public int ReqId;
    public decimal? Pos;
    public decimal? DailyPnL;
    public decimal? UnrealizedPnL;
    public decimal? RealizedPnL;
    public decimal? Value;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.DecMax(ref Pos, "position");
        v.DecMax(ref DailyPnL, "daily_pnl");
        v.DecMax(ref UnrealizedPnL, "unrealized_pnl");
        v.DecMax(ref RealizedPnL, "realized_pnl");
        v.DecMax(ref Value, "value");
    }
}
