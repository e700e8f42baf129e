using System.Buffers;
using System.Buffers.Binary;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Splits a byte stream into frames: a 4-byte big-endian payload length, then the payload.
/// Read boundaries mean nothing; only the length prefix delimits frames.
/// </summary>
public static class FrameReader
{
    /// <summary>The official clients refuse frames above 0xFFFFFF bytes; we accept 16 MiB by default.</summary>
    public const int DefaultMaxFrameLength = 16 * 1024 * 1024;

    /// <summary>Bytes in the length prefix.</summary>
    public const int HeaderLength = 4;

    /// <summary>
    /// Takes one complete frame off the front of <paramref name="buffer"/>.
    /// Returns false (and leaves the buffer alone) when more bytes are needed.
    /// A zero length or a length over <paramref name="maxFrameLength"/> throws before any payload is touched.
    /// </summary>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> payload, int maxFrameLength = DefaultMaxFrameLength)
    {
        payload = default;
        if (buffer.Length < HeaderLength)
        {
            return false;
        }

        var length = ReadLength(buffer, maxFrameLength);
        if (buffer.Length - HeaderLength < length)
        {
            return false;
        }

        payload = buffer.Slice(HeaderLength, length);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    /// <summary>Span form of <see cref="TryReadFrame(ref ReadOnlySequence{byte}, out ReadOnlySequence{byte}, int)"/>.</summary>
    public static bool TryReadFrame(ref ReadOnlySpan<byte> buffer, out ReadOnlySpan<byte> payload, int maxFrameLength = DefaultMaxFrameLength)
    {
        payload = default;
        if (buffer.Length < HeaderLength)
        {
            return false;
        }

        var length = Validate(BinaryPrimitives.ReadUInt32BigEndian(buffer), maxFrameLength);
        if (buffer.Length - HeaderLength < length)
        {
            return false;
        }

        payload = buffer.Slice(HeaderLength, length);
        buffer = buffer[(HeaderLength + length)..];
        return true;
    }

    private static int ReadLength(in ReadOnlySequence<byte> buffer, int maxFrameLength)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        buffer.Slice(0, HeaderLength).CopyTo(header);
        return Validate(BinaryPrimitives.ReadUInt32BigEndian(header), maxFrameLength);
    }

    private static int Validate(uint length, int maxFrameLength)
    {
        if (length == 0)
        {
            throw new ProtocolException("zero-length frame");
        }

        if (length > (uint)maxFrameLength)
        {
            throw new ProtocolException($"frame length {length} exceeds the limit of {maxFrameLength} bytes");
        }

        return (int)length;
    }
}
