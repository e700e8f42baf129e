using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Inbound;

// Positions (reqPositions) and per-model positions (reqPositionsMulti). Official EDecoder layouts at server
// version 200.

/// <summary>POSITION (61): one position of a reqPositions reply (version 3), with the 11-field server contract block.</summary>
[WireMessage(Direction.Server, InMsg.Position, "position")]
public sealed class Position : Message
{
    public string Account = string.Empty;
    public Contract Contract = new();
    public decimal? Pos;
    public decimal AvgCost;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Str(ref Account, "account");
        ContractFields.Server(v, Contract);
        v.DecMax(ref Pos, "position");
        v.Dec(ref AvgCost, "avg_cost");
    }
}

/// <summary>POSITION_END (62): the end of the initial reqPositions snapshot.</summary>
[WireMessage(Direction.Server, InMsg.PositionEnd, "position_end")]
public sealed class PositionEnd : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>
/// POSITION_MULTI (71): one position of a reqPositionsMulti subscription. modelCode comes last, after
/// avgCost (official order).
/// </summary>
[WireMessage(Direction.Server, InMsg.PositionMulti, "position_multi")]
public sealed class PositionMulti : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public Contract Contract = new();
    public decimal? Pos;
    public decimal AvgCost;
    public string ModelCode = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        ContractFields.Server(v, Contract);
        v.DecMax(ref Pos, "position");
        v.Dec(ref AvgCost, "avg_cost");
        v.Str(ref ModelCode, "model_code");
    }
}

/// <summary>POSITION_MULTI_END (72).</summary>
[WireMessage(Direction.Server, InMsg.PositionMultiEnd, "position_multi_end")]
public sealed class PositionMultiEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}
