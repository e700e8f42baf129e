namespace Ibkr.Protocol.Messages.Inbound;

// Server time and the API verification handshake. Official EDecoder layouts at server version 200.

/// <summary>CURRENT_TIME (49): the server time in epoch seconds (reqCurrentTime).</summary>
[WireMessage(Direction.Server, InMsg.CurrentTime, "current_time")]
public sealed class CurrentTime : Message
{
    public long Time;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Long(ref Time, "time");
    }
}

/// <summary>CURRENT_TIME_IN_MILLIS (109): the server time in epoch milliseconds; no version field (server version 197).</summary>
[WireMessage(Direction.Server, InMsg.CurrentTimeInMillis, "current_time_in_millis")]
public sealed class CurrentTimeInMillis : Message
{
    public long TimeInMillis;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Long(ref TimeInMillis, "time_in_millis");
    }
}

/// <summary>VERIFY_MESSAGE_API (65): the API data to sign for verifyRequest.</summary>
[WireMessage(Direction.Server, InMsg.VerifyMessageApi, "verify_message_api")]
public sealed class VerifyMessageApi : Message
{
    public string ApiData = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ApiData, "api_data");
    }
}

/// <summary>
/// VERIFY_COMPLETED (66): the outcome of API verification. isSuccessful is the text "true"/"false" on the
/// wire (the official client compares it with "true"), not 1/0.
/// </summary>
[WireMessage(Direction.Server, InMsg.VerifyCompleted, "verify_completed")]
public sealed class VerifyCompleted : Message
{
    public bool IsSuccessful;
    public string ErrorText = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        VerifyFields.TrueFalse(v, ref IsSuccessful, "is_successful");
        v.Str(ref ErrorText, "error_text");
    }
}

/// <summary>VERIFY_AND_AUTH_MESSAGE_API (69): the API data to sign and the authentication challenge.</summary>
[WireMessage(Direction.Server, InMsg.VerifyAndAuthMessageApi, "verify_and_auth_message_api")]
public sealed class VerifyAndAuthMessageApi : Message
{
    public string ApiData = string.Empty;
    public string XyzChallenge = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ApiData, "api_data");
        v.Str(ref XyzChallenge, "xyz_challenge");
    }
}

/// <summary>VERIFY_AND_AUTH_COMPLETED (70): the outcome of verification with authentication ("true"/"false" text).</summary>
[WireMessage(Direction.Server, InMsg.VerifyAndAuthCompleted, "verify_and_auth_completed")]
public sealed class VerifyAndAuthCompleted : Message
{
    public bool IsSuccessful;
    public string ErrorText = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        VerifyFields.TrueFalse(v, ref IsSuccessful, "is_successful");
        v.Str(ref ErrorText, "error_text");
    }
}

/// <summary>The verification replies' boolean, sent as the words "true"/"false".</summary>
internal static class VerifyFields
{
    /// <summary>
    /// Visits <paramref name="value"/> as a text field: written "true"/"false", read true only for "true"
    /// (any case), like the official client. The core <c>Bool</c> would write 1/0, which that client reads as false.
    /// </summary>
    public static void TrueFalse(FieldVisitor v, ref bool value, string key)
    {
        var text = value ? "true" : "false";
        v.Str(ref text, key);
        value = string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
    }
}
