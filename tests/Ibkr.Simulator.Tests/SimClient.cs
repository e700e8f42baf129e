using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;

namespace Ibkr.Simulator.Tests;

/// <summary>
/// A client leg to the simulator over real loopback sockets, with waits for specific messages (bounded, never
/// sleeps). Messages read while looking for another stay available to later waits.
/// </summary>
internal sealed class SimClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly List<Message> _unclaimed = [];

    private SimClient(GatewayLeg leg)
    {
        Leg = leg;
        Transcript.Add(HandshakePayloads.ServerInfoLine(leg.ServerInfo));
    }

    public GatewayLeg Leg { get; }

    /// <summary>Every message received so far, in wire order.</summary>
    public List<Message> Log { get; } = [];

    /// <summary>The session as transcript lines: the handshake, then client and server steps in the order seen.</summary>
    public List<string> Transcript { get; } = [];

    public static async Task<SimClient> ConnectAsync(GatewaySimulator simulator, int clientId = 1, int messagesPerSecond = 50)
    {
        var leg = await GatewayLeg.ConnectAsync(new GatewayLegOptions
        {
            Host = simulator.Endpoint.Address.ToString(),
            Port = simulator.Endpoint.Port,
            ClientId = clientId,
            Pacing = new PacingOptions { MessagesPerSecond = messagesPerSecond },
        });
        return new SimClient(leg);
    }

    public ValueTask SendAsync(Message message)
    {
        Transcript.AddRange(TranscriptView.Lines(message).Select(l => l.ToString()));
        return Leg.SendAsync(message);
    }

    /// <summary>The first unclaimed message of type <typeparamref name="T"/> that matches, waiting for it if needed.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null)
        where T : Message
    {
        match ??= _ => true;
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var found = _unclaimed.OfType<T>().FirstOrDefault(match);
            if (found is not null)
            {
                _unclaimed.Remove(found);
                return found;
            }

            try
            {
                if (!await Leg.Inbound.WaitToReadAsync(timeout.Token))
                {
                    throw new InvalidOperationException($"the connection ended ({await Leg.Completion}) before a {typeof(T).Name}; saw: {Describe()}");
                }
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching {typeof(T).Name} within {Timeout.TotalSeconds} s; saw: {Describe()}");
            }

            while (Leg.Inbound.TryRead(out var message))
            {
                Log.Add(message);
                _unclaimed.Add(message);
                Transcript.AddRange(TranscriptView.Lines(message).Select(l => l.ToString()));
            }
        }
    }

    /// <summary>The API error with this code (and request id, if given).</summary>
    public Task<ApiError> ErrorAsync(int code, int? reqId = null) =>
        NextAsync<ApiError>(e => e.Code == code && (reqId is null || e.ReqId == reqId));

    /// <summary>Unclaimed messages of a type, claimed now (for asserting what arrived with something awaited).</summary>
    public List<T> Take<T>()
        where T : Message
    {
        var taken = _unclaimed.OfType<T>().ToList();
        _unclaimed.RemoveAll(m => m is T);
        return taken;
    }

    public ValueTask DisposeAsync() => Leg.DisposeAsync();

    private string Describe() => string.Join(", ", Log.TakeLast(30).Select(m => m is ApiError e ? $"api_error {e.Code} {e.Message}" : m.Descriptor.Name));
}
