using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// One TCP connection to TWS / IB Gateway, from connect to close. <see cref="ConnectAsync"/> connects, runs the
/// handshake and waits for the bootstrap; then one reader loop delivers every inbound message in wire order
/// on <see cref="Inbound"/>, and one writer loop is the only thing that writes to the socket, paced to
/// <see cref="PacingOptions.MessagesPerSecond"/>. The leg never reconnects: it ends once, with the reason in
/// <see cref="Completion"/>, and the owner decides what to do next.
/// </summary>
public sealed class GatewayLeg : IAsyncDisposable
{
    private readonly Channel<Message> _inbound;
    private readonly Channel<Message> _outbound;
    private readonly LegLifetime _lifetime;
    private readonly LegCounters _counters = new();

    private GatewayLeg(
        Socket socket,
        NetworkStream stream,
        PipeReader input,
        PipeWriter output,
        MessageDecoder decoder,
        BootstrapResult session,
        IReadOnlyList<Message> received,
        GatewayLegOptions options,
        TimeProvider timeProvider)
    {
        Session = session;
        _inbound = Channel.CreateBounded<Message>(new BoundedChannelOptions(Math.Max(options.InboundCapacity, received.Count))
        {
            SingleReader = false,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _outbound = Channel.CreateBounded<Message>(new BoundedChannelOptions(options.OutboundCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });

        _lifetime = new LegLifetime(socket, stream, input, output, _outbound.Writer);
        var token = _lifetime.Token;
        var reader = Task.Run(() => ReaderLoop.RunAsync(input, decoder, received, _inbound.Writer, options.MaxFrameLength, _counters, token), CancellationToken.None);
        var pacer = new MessagePacer(options.Pacing.MessagesPerSecond, timeProvider);
        var writer = new WriterLoop(_outbound.Reader, output, pacer, timeProvider, options, _counters);
        var writing = Task.Run(() => writer.RunAsync(token), CancellationToken.None);
        Completion = _lifetime.RunAsync(reader, writing);
    }

    /// <summary>The server info, managed accounts and next valid order id from the handshake and bootstrap.</summary>
    public BootstrapResult Session { get; }

    /// <summary>The handshake's server info.</summary>
    public ServerInfo ServerInfo => Session.ServerInfo;

    /// <summary>
    /// Every message received after START_API, in wire order: first those that arrived during the bootstrap
    /// (MANAGED_ACCTS, NEXT_VALID_ID, farm-status errors, anything else), then the rest. Unknown ids come as
    /// <see cref="UnknownMessage"/>. The channel completes when the leg ends, after every message decoded before
    /// the end.
    /// </summary>
    public ChannelReader<Message> Inbound => _inbound.Reader;

    /// <summary>Resolves once, when the leg has ended and its socket is closed. Never faults.</summary>
    public Task<LegEnd> Completion { get; }

    /// <summary>Messages decoded by the reader loop (bootstrap messages not counted).</summary>
    public long MessagesReceived => _counters.Received;

    /// <summary>Messages written and flushed by the writer loop.</summary>
    public long MessagesSent => _counters.Sent;

    /// <summary>How many times the writer waited for the pacing window.</summary>
    public long PacingWaits => _counters.PacingWaits;

    /// <summary>Total time the writer spent waiting for the pacing window.</summary>
    public TimeSpan PacingDelay => _counters.PacingDelay;

    /// <summary>
    /// Connects, runs the handshake and waits for the bootstrap. Failures throw <see cref="GatewayConnectException"/>
    /// (see <see cref="GatewayConnectException.IsFinal"/>); cancelling <paramref name="cancellationToken"/> throws
    /// <see cref="OperationCanceledException"/>. The socket is closed on any failure.
    /// </summary>
    public static async Task<GatewayLeg> ConnectAsync(GatewayLegOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;

        var socket = await ConnectSocketAsync(options, time, cancellationToken).ConfigureAwait(false);
        var stream = new NetworkStream(socket, ownsSocket: true);
        var input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        var output = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        try
        {
            var info = await HandshakeClient.RunAsync(input, output, options, time, cancellationToken).ConfigureAwait(false);
            var decoder = new MessageDecoder(Direction.Server);
            var (session, received) = await Bootstrap.RunAsync(input, decoder, info, options, time, cancellationToken).ConfigureAwait(false);
            return new GatewayLeg(socket, stream, input, output, decoder, session, received, options, time);
        }
        catch
        {
            await CloseAsync(socket, stream, input, output).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Queues a client message for the writer loop, the only path to the socket. Waits when the outbound
    /// queue is full. Throws <see cref="GatewayLegClosedException"/> once the leg has ended.
    /// </summary>
    public ValueTask SendAsync(Message message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var direction = message is UnknownMessage unknown ? unknown.Direction : message.Descriptor.Direction;
        if (direction != Direction.Client)
        {
            throw new ArgumentException($"{message.GetType().Name} is a server message; only client messages can be sent", nameof(message));
        }

        return _outbound.Writer.TryWrite(message) ? ValueTask.CompletedTask : SendSlowAsync(message, cancellationToken);
    }

    /// <summary>Closes the leg (<see cref="LegEndReason.LocalClosed"/> unless it had already ended) and waits for the socket to close.</summary>
    public async ValueTask DisposeAsync()
    {
        _lifetime.Stop(new LegEnd(LegEndReason.LocalClosed));
        await Completion.ConfigureAwait(false);
        _lifetime.Dispose();
    }

    private async ValueTask SendSlowAsync(Message message, CancellationToken cancellationToken)
    {
        try
        {
            await _outbound.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new GatewayLegClosedException(_lifetime.End ?? new LegEnd(LegEndReason.LocalClosed));
        }
    }

    private static async Task<Socket> ConnectSocketAsync(GatewayLegOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, linked.Token).ConfigureAwait(false);
            return socket;
        }
        catch (Exception ex)
        {
            socket.Dispose();
            throw ex switch
            {
                OperationCanceledException when timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested =>
                    new GatewayConnectException(GatewayConnectFailure.ConnectFailed, $"no TCP connection to {options.Host}:{options.Port} within {GoDuration.Format(options.ConnectTimeout)}"),
                SocketException { SocketErrorCode: SocketError.ConnectionRefused } =>
                    new GatewayConnectException(GatewayConnectFailure.Refused, $"{options.Host}:{options.Port} refused the connection (is the API enabled and the port right?)", ex),
                SocketException =>
                    new GatewayConnectException(GatewayConnectFailure.ConnectFailed, $"cannot connect to {options.Host}:{options.Port}: {ex.Message}", ex),
                _ => ex,
            };
        }
    }

    /// <summary>Closes the socket first (so completing the pipes cannot block on a stalled peer), then the pipes.</summary>
    internal static async ValueTask CloseAsync(Socket socket, NetworkStream stream, PipeReader input, PipeWriter output)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }
        catch (ObjectDisposedException)
        {
            // Already closed.
        }

        await stream.DisposeAsync().ConfigureAwait(false);
        await CompleteQuietlyAsync(input.CompleteAsync()).ConfigureAwait(false);
        await CompleteQuietlyAsync(output.CompleteAsync()).ConfigureAwait(false);
    }

    private static async ValueTask CompleteQuietlyAsync(ValueTask completion)
    {
        try
        {
            await completion.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // The stream is already closed: unflushed bytes have nowhere to go.
        }
    }
}
