using System.Buffers;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>Turns typed messages into payloads and frames. Reuses one buffer; not thread-safe.</summary>
public sealed class MessageEncoder
{
    private readonly WireWriter _writer = new();

    /// <summary>
    /// Encodes the payload (no length prefix). The span is valid until the next call on this encoder.
    /// </summary>
    public ReadOnlySpan<byte> Encode(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message is UnknownMessage unknown ? unknown.Id : message.Descriptor.Id;
        _writer.Begin(id);
        message.Visit(_writer);
        return _writer.Written;
    }

    /// <summary>Encodes the payload into a new array.</summary>
    public byte[] EncodePayload(Message message) => Encode(message).ToArray();

    /// <summary>Writes the message as one length-prefixed frame.</summary>
    public void WriteFrame(Message message, IBufferWriter<byte> destination) =>
        FrameWriter.WriteFrame(destination, Encode(message));
}
