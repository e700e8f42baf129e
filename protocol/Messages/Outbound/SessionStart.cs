namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// START_API (71), version 2: the last frame of the handshake, after the raw <c>API\0</c> prefix, the
/// version range and the server info. Official EClient.startApi at server version 200: client id, then the
/// optional capabilities, which are always sent (empty when unused).
/// </summary>
[WireMessage(Direction.Client, OutMsg.StartApi, "start_api")]
public sealed class StartApi : Message
{
    public int ClientId;
    public string OptionalCapabilities = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(2);
        v.Int(ref ClientId, "client_id");
        v.Str(ref OptionalCapabilities, "optional_capabilities");
    }
}
