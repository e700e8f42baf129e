using System.Buffers;
using System.Runtime.InteropServices;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Turns frame payloads into typed messages for one direction. One per connection (it keeps a
/// reusable read buffer and a string cache); not thread-safe.
/// </summary>
public sealed class MessageDecoder
{
    private readonly WireReader _reader = new();
    private byte[] _copy = new byte[1024];

    /// <summary>Creates a decoder for messages sent by <paramref name="sender"/>.</summary>
    public MessageDecoder(Direction sender) => Sender = sender;

    /// <summary>Whose messages this decoder reads.</summary>
    public Direction Sender { get; }

    /// <summary>
    /// Decodes one payload (without the length prefix). Unknown ids give an <see cref="UnknownMessage"/>;
    /// any other bad input throws <see cref="ProtocolException"/>.
    /// </summary>
    public Message Decode(ReadOnlyMemory<byte> payload)
    {
        if (MemoryMarshal.TryGetArray(payload, out var segment) && segment.Array is not null)
        {
            return Decode(segment.Array, segment.Offset, segment.Count);
        }

        return Decode(payload.Span);
    }

    /// <summary>Decodes one payload held in a span (copied into the decoder's buffer).</summary>
    public Message Decode(ReadOnlySpan<byte> payload)
    {
        if (_copy.Length < payload.Length)
        {
            _copy = new byte[Math.Max(payload.Length, _copy.Length * 2)];
        }

        payload.CopyTo(_copy);
        return Decode(_copy, 0, payload.Length);
    }

    /// <summary>Decodes one payload taken from a pipe.</summary>
    public Message Decode(in ReadOnlySequence<byte> payload) =>
        payload.IsSingleSegment ? Decode(payload.First) : Decode(payload.ToArray().AsMemory());

    /// <summary>Decodes one payload held in an array segment (no copy).</summary>
    public Message Decode(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var id = _reader.Begin(buffer, offset, count);
        // Layouts report bad values through FieldVisitor.Fail, so every failure is already a located ProtocolException.
        var message = Sender == Direction.Server ? DispatchTable.ReadServer(id, _reader) : DispatchTable.ReadClient(id, _reader);
        return message ?? new UnknownMessage(Sender, id, _reader.ReadRest());
    }
}
