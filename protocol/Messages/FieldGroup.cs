namespace Ibkr.Protocol.Messages;

/// <summary>A run of fields with one layout: a whole message, or one entry of a repeated group.</summary>
public abstract class FieldGroup
{
    /// <summary>Visits every field in wire order. The same code decodes, encodes and maps to JSON.</summary>
    public abstract void Visit(FieldVisitor v);
}
