namespace Ibkr.Protocol.Messages;

/// <summary>
/// A frame whose message id the codec does not know. It is surfaced with its raw fields instead of
/// ending the session, so that a newer Gateway message never kills a connection.
/// </summary>
public sealed class UnknownMessage : Message
{
    /// <summary>Creates an unknown message; <paramref name="fields"/> are the fields after the id.</summary>
    public UnknownMessage(Direction direction, int id, IReadOnlyList<string> fields)
    {
        Direction = direction;
        Id = id;
        Fields = fields;
    }

    /// <summary>Who sent it.</summary>
    public Direction Direction { get; }

    /// <summary>The message id.</summary>
    public int Id { get; }

    /// <summary>The raw fields after the message id.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <inheritdoc/>
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        foreach (var field in Fields)
        {
            v.Filler(field);
        }
    }
}
