using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
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
