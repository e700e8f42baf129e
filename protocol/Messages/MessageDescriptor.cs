namespace Ibkr.Protocol.Messages;

/// <summary>Catalog entry: what a message type is on the wire.</summary>
public sealed class MessageDescriptor
{
    internal MessageDescriptor(Type type, Direction direction, int id, string name, Func<Message> create)
    {
        Type = type;
        Direction = direction;
        Id = id;
        Name = name;
        Create = create;
    }

    /// <summary>The CLR type.</summary>
    public Type Type { get; }

    /// <summary>Who sends it.</summary>
    public Direction Direction { get; }

    /// <summary>Message id (field 0).</summary>
    public int Id { get; }

    /// <summary>snake_case name in transcripts.</summary>
    public string Name { get; }

    /// <summary>Creates an empty instance.</summary>
    public Func<Message> Create { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Direction} {Name} ({Id})";
}
