namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>SET_SERVER_LOGLEVEL (14), version 1: 1 system, 2 error, 3 warning, 4 information, 5 detail.</summary>
[WireMessage(Direction.Client, OutMsg.SetServerLogLevel, "set_server_log_level")]
public sealed class SetServerLogLevel : Message
{
    public int LogLevel;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref LogLevel, "log_level");
    }
}

/// <summary>REQ_CURRENT_TIME (49), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.ReqCurrentTime, "req_current_time")]
public sealed class ReqCurrentTime : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>REQ_CURRENT_TIME_IN_MILLIS (105), server version 197: the frame is the id alone.</summary>
[WireMessage(Direction.Client, OutMsg.ReqCurrentTimeInMillis, "req_current_time_in_millis")]
public sealed class ReqCurrentTimeInMillis : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
    }
}

/// <summary>VERIFY_REQUEST (65), version 1: API name and version, for clients connected with extra authentication.</summary>
[WireMessage(Direction.Client, OutMsg.VerifyRequest, "verify_request")]
public sealed class VerifyRequest : Message
{
    public string ApiName = string.Empty;
    public string ApiVersion = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ApiName, "api_name");
        v.Str(ref ApiVersion, "api_version");
    }
}

/// <summary>VERIFY_MESSAGE (66), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.VerifyMessage, "verify_message")]
public sealed class VerifyMessage : Message
{
    public string ApiData = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ApiData, "api_data");
    }
}

/// <summary>VERIFY_AND_AUTH_REQUEST (72), version 1: API name, version and the opaque ISV key.</summary>
[WireMessage(Direction.Client, OutMsg.VerifyAndAuthRequest, "verify_and_auth_request")]
public sealed class VerifyAndAuthRequest : Message
{
    public string ApiName = string.Empty;
    public string ApiVersion = string.Empty;
    public string OpaqueIsvKey = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ApiName, "api_name");
        v.Str(ref ApiVersion, "api_version");
        v.Str(ref OpaqueIsvKey, "opaque_isv_key");
    }
}

/// <summary>VERIFY_AND_AUTH_MESSAGE (73), version 1: API data and the challenge response.</summary>
[WireMessage(Direction.Client, OutMsg.VerifyAndAuthMessage, "verify_and_auth_message")]
public sealed class VerifyAndAuthMessage : Message
{
    public string ApiData = string.Empty;
    public string XyzResponse = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ApiData, "api_data");
        v.Str(ref XyzResponse, "xyz_response");
    }
}
