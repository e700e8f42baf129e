namespace Ibkr.Protocol.Messages.Inbound;

// Financial-advisor configuration (requestFA, replaceFA). Official EDecoder layouts at server version 200.

/// <summary>RECEIVE_FA (16): the FA configuration XML of one data type (1 groups, 3 aliases).</summary>
[WireMessage(Direction.Server, InMsg.ReceiveFa, "receive_fa")]
public sealed class ReceiveFa : Message
{
    public int FaDataType;

    /// <summary>The official client reads it verbatim (no <c>\uXXXX</c> unescaping).</summary>
    public string FaData = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref FaDataType, "fa_data_type");
        v.Str(ref FaData, "xml");
    }
}

/// <summary>REPLACE_FA_END (103): replaceFA finished; no version field (since server version 157).</summary>
[WireMessage(Direction.Server, InMsg.ReplaceFaEnd, "replace_fa_end")]
public sealed class ReplaceFaEnd : Message
{
    public int ReqId;
    public string Text = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Text, "text");
    }
}
