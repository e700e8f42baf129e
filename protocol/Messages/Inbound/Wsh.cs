namespace Ibkr.Protocol.Messages.Inbound;

// Wall Street Horizon calendar data (reqWshMetaData, reqWshEventData). Official EDecoder layouts at server
// version 200: no version field, the payload is one JSON text field.

/// <summary>WSH_META_DATA (104): the WSH filter metadata as JSON.</summary>
[WireMessage(Direction.Server, InMsg.WshMetaData, "wsh_meta_data")]
public sealed class WshMetaData : Message
{
    public int ReqId;
    public string DataJson = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref DataJson, "data_json");
    }
}

/// <summary>WSH_EVENT_DATA (105): WSH calendar events as JSON.</summary>
[WireMessage(Direction.Server, InMsg.WshEventData, "wsh_event_data")]
public sealed class WshEventData : Message
{
    public int ReqId;
    public string DataJson = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref DataJson, "data_json");
    }
}
