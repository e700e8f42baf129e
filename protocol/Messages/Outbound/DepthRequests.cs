using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_MKT_DEPTH (10), version 5: 12-field contract block with primaryExchange (server version 149),
/// number of rows, isSmartDepth (146) and the depth options string. Transcript name <c>req_market_depth</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqMktDepth, "req_market_depth")]
public sealed class ReqMktDepth : Message
{
    public int ReqId;
    public Contract Contract = new();
    public int NumRows;
    public bool IsSmartDepth;

    /// <summary>mktDepthOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string MktDepthOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(5);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        v.Int(ref NumRows, "num_rows");
        v.Bool(ref IsSmartDepth, "is_smart_depth");
        v.Str(ref MktDepthOptions, "mkt_depth_options");
    }
}

/// <summary>
/// CANCEL_MKT_DEPTH (11), version 1, with the isSmartDepth flag the official client appends since server
/// version 146. Transcript name <c>cancel_market_depth</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.CancelMktDepth, "cancel_market_depth")]
public sealed class CancelMktDepth : Message
{
    public int ReqId;
    public bool IsSmartDepth;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Bool(ref IsSmartDepth, "is_smart_depth");
    }
}

/// <summary>REQ_MKT_DEPTH_EXCHANGES (82): the frame is the id alone.</summary>
[WireMessage(Direction.Client, OutMsg.ReqMktDepthExchanges, "req_mkt_depth_exchanges")]
public sealed class ReqMktDepthExchanges : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
    }
}
