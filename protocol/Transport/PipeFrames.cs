using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// One-frame-at-a-time reads for the handshake and the bootstrap, before the reader loop owns the pipe.
/// Bytes after the frame stay in the pipe for the next reader.
/// </summary>
internal static class PipeFrames
{
    /// <summary>
    /// Reads one frame and returns a copy of its payload, or null when the connection closed cleanly at a
    /// frame boundary. A close inside a frame throws <see cref="ProtocolException"/>.
    /// </summary>
    public static async ValueTask<byte[]?> ReadPayloadAsync(PipeReader input, int maxFrameLength, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (FrameReader.TryReadFrame(ref buffer, out var payload, maxFrameLength))
            {
                var copy = payload.ToArray();
                input.AdvanceTo(buffer.Start);
                return copy;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return buffer.IsEmpty ? null : throw ClosedMidFrame(buffer);
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException("the read was cancelled");
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> unframed bytes (the handshake prefix).</summary>
    public static async ValueTask<byte[]> ReadExactAsync(PipeReader input, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= count)
            {
                var bytes = buffer.Slice(0, count).ToArray();
                input.AdvanceTo(buffer.GetPosition(count));
                return bytes;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                throw new ProtocolException($"connection closed after {buffer.Length} of {count} bytes of the API prefix");
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException("the read was cancelled");
            }
        }
    }

    /// <summary>The error for a connection that closed with part of a frame buffered.</summary>
    public static ProtocolException ClosedMidFrame(in ReadOnlySequence<byte> partial)
    {
        if (partial.Length < FrameReader.HeaderLength)
        {
            return new ProtocolException($"connection closed mid-frame ({partial.Length} of {FrameReader.HeaderLength} header bytes)");
        }

        Span<byte> header = stackalloc byte[FrameReader.HeaderLength];
        partial.Slice(0, FrameReader.HeaderLength).CopyTo(header);
        var total = FrameReader.HeaderLength + (long)BinaryPrimitives.ReadUInt32BigEndian(header);
        return new ProtocolException($"connection closed mid-frame ({partial.Length} of {total} bytes)");
    }
}
