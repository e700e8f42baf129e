using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost.Tests;

/// <summary>A minimal client for the replay host, built from the production handshake and codec.</summary>
internal sealed class ReplayClient : IAsyncDisposable
{
    /// <summary>Generous real-time limit: it only stops a broken test from hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly MessageEncoder _encoder = new();
    private readonly MessageDecoder _decoder = new(Direction.Server);
    private readonly CancellationTokenSource _patience = new(Patience);

    private ReplayClient(Socket socket)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        Input = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
        Output = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
    }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }

    private CancellationToken Token => _patience.Token;

    /// <summary>TCP connect only, no handshake.</summary>
    public static async Task<ReplayClient> ConnectAsync(IPEndPoint address)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(address);
        return new ReplayClient(socket);
    }

    /// <summary>TCP connect plus the production client handshake.</summary>
    public static async Task<(ReplayClient Client, ServerInfo Info)> ConnectAndHandshakeAsync(IPEndPoint address, int clientId = 7)
    {
        var client = await ConnectAsync(address);
        var options = new GatewayLegOptions
        {
            Host = address.Address.ToString(),
            Port = address.Port,
            ClientId = clientId,
            HandshakeTimeout = Patience,
        };
        var info = await HandshakeClient.RunAsync(client.Input, client.Output, options, TimeProvider.System, client.Token);
        return (client, info);
    }

    public static Transcript Parse(string text)
    {
        var parsed = TranscriptParser.Parse("inline.txt", text);
        Assert.True(parsed.Ok, string.Join("\n", parsed.Problems));
        return parsed.Transcript;
    }

    public async Task SendAsync(Message message)
    {
        _encoder.WriteFrame(message, Output);
        await Output.FlushAsync(Token);
    }

    public async Task SendRawAsync(byte[] bytes) => await Output.WriteAsync(bytes, Token);

    /// <summary>Reads one server message; null when the host closed the connection.</summary>
    public async Task<Message?> ReadAsync()
    {
        while (true)
        {
            ReadResult result;
            try
            {
                result = await Input.ReadAsync(Token);
            }
            catch (IOException)
            {
                return null;
            }

            var buffer = result.Buffer;
            if (FrameReader.TryReadFrame(ref buffer, out var payload))
            {
                var message = _decoder.Decode(payload.ToArray());
                Input.AdvanceTo(buffer.Start);
                return message;
            }

            if (result.IsCompleted)
            {
                Assert.True(buffer.IsEmpty, $"closed mid-frame with {buffer.Length} bytes");
                Input.AdvanceTo(buffer.End);
                return null;
            }

            Input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads one server message of type <typeparamref name="T"/>.</summary>
    public async Task<T> ReadAsync<T>()
        where T : Message
    {
        var message = await ReadAsync();
        return Assert.IsType<T>(message);
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes, whatever their framing.</summary>
    public async Task<byte[]> ReadBytesAsync(int count)
    {
        while (true)
        {
            var result = await Input.ReadAsync(Token);
            var buffer = result.Buffer;
            if (buffer.Length >= count)
            {
                var bytes = buffer.Slice(0, count).ToArray();
                Input.AdvanceTo(buffer.GetPosition(count));
                return bytes;
            }

            Assert.False(result.IsCompleted, $"closed after {buffer.Length} of {count} bytes");
            Input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Asserts that the host closed the connection (end of stream or reset) with nothing more sent.</summary>
    public async Task AssertClosedAsync() => Assert.Null(await ReadAsync());

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        await Input.CompleteAsync();
        try
        {
            await Output.CompleteAsync();
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _patience.Dispose();
    }
}
