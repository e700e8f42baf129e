using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The server side of one accepted connection (a gateway simulator's view of a client): the handshake through
/// <see cref="HandshakeServer"/>, then the same reader and writer loops as <see cref="GatewayLeg"/>, decoding
/// client messages and writing server messages unpaced. Like a leg it ends once, with the reason in
/// <see cref="Completion"/>.
/// </summary>
public sealed class ServerLeg : IAsyncDisposable
{
    private readonly Channel<Message> _inbound;
    private readonly Channel<Message> _outbound;
    private readonly LegLifetime _lifetime;
    private readonly LegCounters _counters = new();

    private ServerLeg(Socket socket, NetworkStream stream, PipeReader input, PipeWriter output, HandshakeRequest handshake, ServerLegOptions options, TimeProvider time)
    {
        Handshake = handshake;
        _inbound = Channel.CreateBounded<Message>(new BoundedChannelOptions(options.InboundCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        // Unbounded: the server must never block its own state machine on a slow client; WriteTimeout ends a stalled one.
        _outbound = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

        _lifetime = new LegLifetime(socket, stream, input, output, _outbound.Writer);
        var token = _lifetime.Token;
        var legOptions = new GatewayLegOptions { MaxFrameLength = options.MaxFrameLength, WriteTimeout = options.WriteTimeout };
        var reader = Task.Run(() => ReaderLoop.RunAsync(input, new MessageDecoder(Direction.Client), [], _inbound.Writer, options.MaxFrameLength, _counters, token), CancellationToken.None);
        var writer = new WriterLoop(_outbound.Reader, output, pacer: null, time, legOptions, _counters);
        var writing = Task.Run(() => writer.RunAsync(token), CancellationToken.None);
        Completion = _lifetime.RunAsync(reader, writing);
    }

    /// <summary>What the client sent during the handshake (version range, client id, capabilities).</summary>
    public HandshakeRequest Handshake { get; }

    /// <summary>Client messages in wire order; completes when the connection ends.</summary>
    public ChannelReader<Message> Inbound => _inbound.Reader;

    /// <summary>Resolves once, when the connection has ended and its socket is closed. Never faults.</summary>
    public Task<LegEnd> Completion { get; }

    /// <summary>Server messages written and flushed so far.</summary>
    public long MessagesSent => _counters.Sent;

    /// <summary>Client messages decoded so far.</summary>
    public long MessagesReceived => _counters.Received;

    /// <summary>
    /// Takes ownership of an accepted socket and runs the server side of the handshake. On failure the socket is
    /// closed and the exception (<see cref="ProtocolException"/>, <see cref="TimeoutException"/>, I/O) propagates.
    /// </summary>
    public static async Task<ServerLeg> AcceptAsync(
        Socket socket,
        Func<VersionRange, ServerInfo> chooseServerInfo,
        ServerLegOptions? options = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(chooseServerInfo);
        options ??= new ServerLegOptions();
        var time = timeProvider ?? TimeProvider.System;
        socket.NoDelay = true;
        var stream = new NetworkStream(socket, ownsSocket: true);
        var input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        var output = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        try
        {
            var handshake = await HandshakeServer.AcceptAsync(input, output, chooseServerInfo, options.HandshakeTimeout, time, cancellationToken).ConfigureAwait(false);
            return new ServerLeg(socket, stream, input, output, handshake, options, time);
        }
        catch
        {
            await GatewayLeg.CloseAsync(socket, stream, input, output).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Queues a server message; false once the connection is closing.</summary>
    public bool TrySend(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _outbound.Writer.TryWrite(message);
    }

    /// <summary>Writes what is queued, then closes the connection (how a Gateway refuses a client after an error).</summary>
    public void CloseAfterPendingWrites() => _outbound.Writer.TryComplete();

    /// <summary>Closes the connection at once, dropping unsent messages (a simulated network failure).</summary>
    public void Abort() => _lifetime.Stop(new LegEnd(LegEndReason.LocalClosed));

    /// <summary>Aborts and waits for the socket to close.</summary>
    public async ValueTask DisposeAsync()
    {
        Abort();
        await Completion.ConfigureAwait(false);
        _lifetime.Dispose();
    }
}

/// <summary>Limits for a <see cref="ServerLeg"/>.</summary>
public sealed class ServerLegOptions
{
    /// <summary>Time allowed from accept to START_API.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time one flush may take before the connection ends with <see cref="LegEndReason.Timeout"/>.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest frame payload read or written.</summary>
    public int MaxFrameLength { get; set; } = FrameReader.DefaultMaxFrameLength;

    /// <summary>Client messages buffered before the reader pushes back on the socket.</summary>
    public int InboundCapacity { get; set; } = 4_096;
}
