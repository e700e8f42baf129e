using System.Buffers;
using System.Buffers.Binary;

namespace Ibkr.Protocol.Wire;

/// <summary>Writes length-prefixed frames into an <see cref="IBufferWriter{T}"/>.</summary>
public static class FrameWriter
{
    /// <summary>Writes the 4-byte big-endian length and then the payload.</summary>
    public static void WriteFrame(IBufferWriter<byte> destination, ReadOnlySpan<byte> payload, int maxFrameLength = FrameReader.DefaultMaxFrameLength)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (payload.IsEmpty)
        {
            throw new ProtocolException("refusing to write an empty frame");
        }

        if (payload.Length > maxFrameLength)
        {
            throw new ProtocolException($"frame length {payload.Length} exceeds the limit of {maxFrameLength} bytes");
        }

        var span = destination.GetSpan(FrameReader.HeaderLength + payload.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)payload.Length);
        payload.CopyTo(span[FrameReader.HeaderLength..]);
        destination.Advance(FrameReader.HeaderLength + payload.Length);
    }

    /// <summary>Returns header plus payload as one array.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var buffer = new ArrayBufferWriter<byte>(payload.Length + FrameReader.HeaderLength);
        WriteFrame(buffer, payload);
        return buffer.WrittenSpan.ToArray();
    }
}
