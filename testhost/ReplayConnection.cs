using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>One accepted client connection: the socket and its pipes.</summary>
internal sealed class ReplayConnection : IAsyncDisposable
{
    private readonly NetworkStream _stream;

    public ReplayConnection(Socket socket)
    {
        socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        Input = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
        Output = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
    }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }

    /// <summary>Reads one frame's payload; null when the client closed the connection at a frame boundary.</summary>
    public async Task<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await Input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (FrameReader.TryReadFrame(ref buffer, out var payload))
            {
                var copy = payload.ToArray();
                Input.AdvanceTo(buffer.Start);
                return copy;
            }

            Input.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return buffer.IsEmpty
                    ? null
                    : throw new StepFailedException($"the client closed the connection mid-frame ({buffer.Length} bytes buffered)");
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes; fewer when the client closed first.</summary>
    public async Task<byte[]> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await Input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= count)
            {
                var bytes = buffer.Slice(0, count).ToArray();
                Input.AdvanceTo(buffer.GetPosition(count));
                return bytes;
            }

            if (result.IsCompleted)
            {
                var partial = buffer.ToArray();
                Input.AdvanceTo(buffer.End);
                return partial;
            }

            Input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// Reads the next frame's payload within <paramref name="limit"/> and fails the step when none comes or the
    /// connection closes first; <paramref name="peer"/> names who sends it (client, server).
    /// </summary>
    public async Task<byte[]> ExpectFrameAsync(StepLimit limit, string peer, string what, CancellationToken stop)
    {
        byte[]? payload;
        try
        {
            payload = await ReadFrameAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new StepFailedException($"no {peer} frame within {GoDuration.Format(limit.Timeout)} for {what}");
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            throw new StepFailedException($"the {peer} closed the connection ({e.Message}); expected {what}");
        }

        return payload ?? throw new StepFailedException($"the {peer} closed the connection; expected {what}");
    }

    /// <summary>
    /// Reads as many bytes as <paramref name="expected"/> holds within <paramref name="limit"/> and fails the step when
    /// they differ or do not come; <paramref name="peer"/> names who sends them (client, server).
    /// </summary>
    public async Task ExpectBytesAsync(byte[] expected, StepLimit limit, string peer, string what, CancellationToken stop)
    {
        byte[] actual;
        try
        {
            actual = await ReadExactAsync(expected.Length, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new StepFailedException($"no {expected.Length} {peer} bytes within {GoDuration.Format(limit.Timeout)} for {what}");
        }

        if (!actual.AsSpan().SequenceEqual(expected))
        {
            throw new StepFailedException($"{what}: expected bytes {Convert.ToHexString(expected)}, got {Convert.ToHexString(actual)}"
                + (actual.Length < expected.Length ? $" (the {peer} closed the connection)" : string.Empty));
        }
    }

    /// <summary>
    /// Writes a frame as separate socket writes of the given sizes (a split step), the rest in one last write;
    /// sizes past the frame's end are ignored.
    /// </summary>
    public async Task WriteInPiecesAsync(byte[] frame, IReadOnlyList<int> sizes, CancellationToken cancellationToken)
    {
        var offset = 0;
        foreach (var size in sizes)
        {
            if (offset >= frame.Length)
            {
                break;
            }

            var length = Math.Min(size, frame.Length - offset);
            await WriteAsync(frame.AsMemory(offset, length), cancellationToken).ConfigureAwait(false);
            offset += length;
        }

        if (offset < frame.Length)
        {
            await WriteAsync(frame.AsMemory(offset), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the bytes and flushes (one socket write).</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await Output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _stream.Socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        await Input.CompleteAsync().ConfigureAwait(false);
        try
        {
            await Output.CompleteAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
