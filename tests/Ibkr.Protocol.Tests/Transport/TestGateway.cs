using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>An in-test Gateway on 127.0.0.1 (port 0), built from the production server-side handshake and codec.</summary>
internal sealed class TestGateway : IDisposable
{
    public const string ConnectionTime = "20260405 23:49:26 Central European Standard Time";

    /// <summary>Generous real-time limits: they only stop a broken test from hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public TestGateway() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public GatewayLegOptions Options(int clientId = 7) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        ClientId = clientId,
        ConnectTimeout = Patience,
        HandshakeTimeout = Patience,
        BootstrapTimeout = Patience,
        WriteTimeout = Patience,
    };

    public async Task<GatewayConnection> AcceptAsync(CancellationToken cancellationToken) =>
        new(await _listener.AcceptSocketAsync(cancellationToken));

    /// <summary>Accepts without any helpers, for byte-exact tests.</summary>
    public async Task<Socket> AcceptSocketAsync(CancellationToken cancellationToken) =>
        await _listener.AcceptSocketAsync(cancellationToken);

    /// <summary>Connects a leg and plays handshake plus bootstrap (MANAGED_ACCTS then NEXT_VALID_ID).</summary>
    public async Task<(GatewayLeg Leg, GatewayConnection Server)> ConnectAsync(
        GatewayLegOptions options,
        CancellationToken cancellationToken,
        TimeProvider? timeProvider = null)
    {
        var connecting = GatewayLeg.ConnectAsync(options, timeProvider, cancellationToken);
        var server = await AcceptAsync(cancellationToken);
        await server.HandshakeAsync(cancellationToken: cancellationToken);
        await server.SendAsync(cancellationToken, Accounts("DU9000001"), NextId(1));
        return (await connecting, server);
    }

    public static ManagedAccounts Accounts(params string[] accounts) => new() { Accounts = [.. accounts] };

    public static NextValidId NextId(long id) => new() { OrderId = id };

    public static ApiError FarmStatus(int code, string text) =>
        new() { ReqId = -1, Code = code, Message = text, ErrorTimeMs = 1775425766350 };

    /// <summary>A small ordinary message to follow the bootstrap.</summary>
    public static TickSize Tick(int reqId) => new() { ReqId = reqId, Field = 8, Size = 100 };

    public void Dispose() => _listener.Dispose();
}

/// <summary>The server end of one accepted connection.</summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly MessageEncoder _encoder = new();
    private readonly MessageDecoder _decoder = new(Direction.Client);

    public GatewayConnection(Socket socket)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        Input = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
        Output = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
    }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }

    public Task<HandshakeRequest> HandshakeAsync(int serverVersion = 200, CancellationToken cancellationToken = default) =>
        HandshakeServer.AcceptAsync(Input, Output, _ => new ServerInfo(serverVersion, TestGateway.ConnectionTime), TestGateway.Patience, null, cancellationToken);

    /// <summary>Writes all messages, then flushes once: one socket write.</summary>
    public async Task SendAsync(CancellationToken cancellationToken, params Message[] messages)
    {
        foreach (var message in messages)
        {
            _encoder.WriteFrame(message, Output);
        }

        await Output.FlushAsync(cancellationToken);
    }

    public async Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await Output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>One frame from text fields (<c>|</c> = NUL), header included.</summary>
    public static byte[] Frame(string fields) => FrameWriter.Frame(Encoding.UTF8.GetBytes(fields.Replace('|', '\0')));

    /// <summary>Reads one client message; null when the client closed the connection.</summary>
    public async Task<Message?> ReadAsync(CancellationToken cancellationToken)
    {
        var payload = await PipeFrames.ReadPayloadAsync(Input, FrameReader.DefaultMaxFrameLength, cancellationToken);
        return payload is null ? null : _decoder.Decode(payload);
    }

    /// <summary>
    /// Asserts the client closed the connection without sending anything more. A close with unread bytes in the
    /// client's receive buffer is a reset, so both an end of stream and a reset count as closed.
    /// </summary>
    public async Task AssertClosedByClientAsync(CancellationToken cancellationToken)
    {
        try
        {
            var message = await ReadAsync(cancellationToken);
            Assert.Null(message);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Whether bytes have arrived that were not read yet (in the pipe or still in the socket).</summary>
    public bool HasUnreadBytes()
    {
        if (Input.TryRead(out var result))
        {
            var buffered = result.Buffer.Length;
            Input.AdvanceTo(result.Buffer.Start);
            if (buffered > 0)
            {
                return true;
            }
        }

        return _socket.Available > 0;
    }

    /// <summary>A small fixed receive buffer (no auto-tuning), so a client that writes much blocks soon.</summary>
    public void LimitReceiveBuffer() => _socket.ReceiveBufferSize = 64 * 1024;

    /// <summary>Closes the connection (FIN) as a Gateway would.</summary>
    public void Close() => _socket.Shutdown(SocketShutdown.Both);

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
    }
}
