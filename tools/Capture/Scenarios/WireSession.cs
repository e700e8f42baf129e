using System.Globalization;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// One wire-level scenario's connection: a <see cref="GatewayLeg"/> (handshake and bootstrap included), request
/// ids from 1001, order refs tied to the run id, and bounded waits for replies. Every message in and out is
/// written to driver.log.
/// </summary>
internal sealed class WireSession : IAsyncDisposable
{
    private const int LoggedJsonLength = 240;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(5);
    private readonly GatewayLeg _leg;
    private readonly ScenarioContext _context;
    private int _nextReqId = 1000;
    private long _nextOrderId;
    private int _orderRefs;
    private long _sent;

    private WireSession(GatewayLeg leg, ScenarioContext context)
    {
        _leg = leg;
        _context = context;
        _nextOrderId = leg.Session.NextValidOrderId;
    }

    public BootstrapResult Bootstrap => _leg.Session;

    public DriverJournal Journal => _context.Journal;

    public static async Task<WireSession> ConnectAsync(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new GatewayLegOptions
        {
            Host = context.Host,
            Port = context.Port,
            ClientId = context.ClientId,
            ConnectTimeout = context.ReplyTimeout,
            HandshakeTimeout = context.ReplyTimeout,
            BootstrapTimeout = context.ReplyTimeout,
        };
        context.Journal.Log($"connecting to {context.Host}:{context.Port} as client {context.ClientId}");
        GatewayLeg leg;
        try
        {
            leg = await GatewayLeg.ConnectAsync(options, cancellationToken: context.Cancellation).ConfigureAwait(false);
        }
        catch (GatewayConnectException e)
        {
            throw new ScenarioFailedException($"connect: {e.Message}", e);
        }

        var session = leg.Session;
        context.Journal.Log($"bootstrap complete: server_version={session.ServerInfo.ServerVersion} accounts={string.Join(',', session.ManagedAccounts)} next_valid_id={session.NextValidOrderId}");
        context.ReportSessionReady(session.ManagedAccounts, session.ServerInfo.ServerVersion, session.NextValidOrderId);
        return new WireSession(leg, context);
    }

    public int NextReqId() => Interlocked.Increment(ref _nextReqId);

    public int NextOrderId() => (int)Interlocked.Increment(ref _nextOrderId) - 1;

    /// <summary>An order ref that names this run, so its orders can be told from anyone else's.</summary>
    public string NextOrderRef() => _context.OrderRef(Interlocked.Increment(ref _orderRefs));

    public async Task SendAsync(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _context.Journal.Log($"send {message.Descriptor.Name} {Short(MessageJson.ToJson(message))}");
        try
        {
            await _leg.SendAsync(message, _context.Cancellation).ConfigureAwait(false);
            Interlocked.Increment(ref _sent);
        }
        catch (GatewayLegClosedException e)
        {
            throw new ScenarioFailedException($"connection ended before {message.Descriptor.Name} was sent: {e.End}", e);
        }
    }

    /// <summary>
    /// Reads until a server message named <paramref name="name"/> (for <paramref name="id"/> under
    /// <paramref name="idKey"/> when given) arrives. An API error for that id fails the wait unless
    /// <paramref name="errorIsReply"/>, when it is the reply. Bounded by <see cref="ScenarioContext.ReplyTimeout"/>.
    /// </summary>
    public Task<Message> WaitForAsync(string name, int? id = null, bool errorIsReply = false, string idKey = "req_id") =>
        WaitForAsync(
            $"{name}{(id is null ? string.Empty : $" for {idKey} {id}")}",
            (message, json) =>
            {
                if (message is ApiError error && id is not null && error.ReqId == id)
                {
                    return errorIsReply ? true : throw new ScenarioFailedException($"api error {error.Code} for {idKey} {id}: {error.Message}");
                }

                return message is not UnknownMessage && message.Descriptor.Name == name
                    && (id is null || json[idKey]?.ToString() == id.Value.ToString(CultureInfo.InvariantCulture));
            });

    /// <summary>Reads (logging every message) until <paramref name="match"/> accepts one; bounded by the reply timeout.</summary>
    public async Task<Message> WaitForAsync(string what, Func<Message, JsonObject, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_context.Cancellation);
        limit.CancelAfter(_context.ReplyTimeout);
        try
        {
            while (await _leg.Inbound.WaitToReadAsync(limit.Token).ConfigureAwait(false))
            {
                while (_leg.Inbound.TryRead(out var message))
                {
                    var json = MessageJson.ToJson(message);
                    _context.Journal.Log($"recv {(message is UnknownMessage unknown ? $"unknown({unknown.Id})" : message.Descriptor.Name)} {Short(json)}");
                    if (match(message, json))
                    {
                        return message;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!_context.Cancellation.IsCancellationRequested)
        {
            throw new ScenarioFailedException($"no {what} within {GoDuration.Format(_context.ReplyTimeout)}");
        }

        throw new ScenarioFailedException($"connection ended while waiting for {what}: {await _leg.Completion.ConfigureAwait(false)}");
    }

    public async ValueTask DisposeAsync()
    {
        // The leg drops queued messages when closed: give a trailing cancel a moment to reach the socket first.
        var deadline = DateTime.UtcNow + DrainTimeout;
        while (_leg.MessagesSent < Volatile.Read(ref _sent) && DateTime.UtcNow < deadline && !_leg.Completion.IsCompleted)
        {
            await Task.Delay(DrainPoll, CancellationToken.None).ConfigureAwait(false);
        }

        await _leg.DisposeAsync().ConfigureAwait(false);
        _context.Journal.Log("disconnected");
    }

    private static string Short(JsonObject json)
    {
        var text = MessageJson.Serialize(json);
        return text.Length <= LoggedJsonLength ? text : text[..LoggedJsonLength] + "…";
    }
}
