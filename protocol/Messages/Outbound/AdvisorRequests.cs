namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>REQ_FA (18), version 1: faDataType 1 groups, 3 account aliases (2, profiles, is desupported).</summary>
[WireMessage(Direction.Client, OutMsg.RequestFa, "request_fa")]
public sealed class RequestFa : Message
{
    public int FaDataType;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref FaDataType, "fa_data_type");
    }
}

/// <summary>
/// REPLACE_FA (19), version 1: faDataType, the XML, and the request id the official client appends since
/// server version 157 (echoed by REPLACE_FA_END).
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReplaceFa, "replace_fa")]
public sealed class ReplaceFa : Message
{
    public int FaDataType;
    public string Xml = string.Empty;
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref FaDataType, "fa_data_type");
        v.Str(ref Xml, "xml");
        v.Int(ref ReqId, "req_id");
    }
}
