namespace Ibkr.Protocol.Messages;

/// <summary>A typed protocol message (one frame). Its id, direction and name come from <see cref="WireMessageAttribute"/>.</summary>
public abstract class Message : FieldGroup
{
    /// <summary>The catalog entry of this message type.</summary>
    public MessageDescriptor Descriptor => MessageCatalog.Describe(GetType());
}

/// <summary>Who sends a message.</summary>
public enum Direction
{
    /// <summary>Gateway to client (inbound for a client).</summary>
    Server,

    /// <summary>Client to Gateway (outbound for a client).</summary>
    Client,
}

/// <summary>Declares a message's wire id and its name in transcripts.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WireMessageAttribute(Direction direction, int id, string name) : Attribute
{
    /// <summary>Who sends it.</summary>
    public Direction Direction { get; } = direction;

    /// <summary>The message id (field 0).</summary>
    public int Id { get; } = id;

    /// <summary>snake_case name used in transcripts and CLI output.</summary>
    public string Name { get; } = name;
}
