namespace Ibkr.Protocol.Wire;

/// <summary>
/// Bad bytes on the wire: a malformed frame or a field that cannot be read as its type.
/// A decoder given any bytes either returns a message or throws this.
/// </summary>
public sealed class ProtocolException : Exception
{
    public ProtocolException(string reason, int? messageId = null, int fieldIndex = -1, Exception? inner = null)
        : base(Describe(reason, messageId, fieldIndex), inner)
    {
        Reason = reason;
        MessageId = messageId;
        FieldIndex = fieldIndex;
    }

    public ProtocolException()
        : this("protocol error")
    {
    }

    public ProtocolException(string message)
        : this(message, (int?)null)
    {
    }

    public ProtocolException(string message, Exception innerException)
        : this(message, null, -1, innerException)
    {
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The message id of the frame, when it could be read.</summary>
    public int? MessageId { get; }

    /// <summary>Zero-based field index (the message id is field 0); -1 for frame-level errors.</summary>
    public int FieldIndex { get; }

    private static string Describe(string reason, int? messageId, int fieldIndex)
    {
        var where = (messageId, fieldIndex) switch
        {
            (null, < 0) => "frame",
            (null, _) => $"field {fieldIndex}",
            (_, < 0) => $"message {messageId}",
            _ => $"message {messageId}, field {fieldIndex}",
        };
        return $"{where}: {reason}";
    }
}
