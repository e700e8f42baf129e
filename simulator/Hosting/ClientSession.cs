using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transport;

namespace Ibkr.Simulator.Hosting;

/// <summary>
/// One connected API client: its connection, its market-data type, its subscriptions, and the counters behind
/// the message-rate check and the drop-after-N-messages fault. Touched only under the simulator's lock.
/// </summary>
internal sealed class ClientSession
{
    private readonly Queue<long> _recent = new();
    private readonly int? _dropAfterMessages;
    private long _sent;
    private bool _closing;

    public ClientSession(ServerLeg leg, int? dropAfterMessages)
    {
        Leg = leg;
        _dropAfterMessages = dropAfterMessages;
    }

    public ServerLeg Leg { get; }

    public int ClientId => Leg.Handshake.ClientId;

    /// <summary>1 live, 2 frozen, 3 delayed, 4 delayed-frozen (reqMarketDataType).</summary>
    public int MarketDataType { get; set; } = 1;

    public Subscriptions Subscriptions { get; } = new();

    /// <summary>A drop-after-time fault timer, disposed with the session.</summary>
    public ITimer? DropTimer { get; set; }

    /// <summary>Queues a message; once the drop-after count is reached the connection closes after it.</summary>
    public void Send(Message message)
    {
        if (_closing || !Leg.TrySend(message))
        {
            return;
        }

        _sent++;
        if (_sent >= _dropAfterMessages)
        {
            _closing = true;
            Leg.CloseAfterPendingWrites();
        }
    }

    /// <summary>
    /// Counts a client message against the per-second limit, over a sliding window on the virtual clock; false
    /// when it is over the limit and must be refused with error 100. The window is 900 ms, not a full second, so
    /// that a client pacing itself to the limit is never refused for network jitter bunching its messages.
    /// </summary>
    public bool TryAdmit(TimeProvider time, int limit, out int received)
    {
        var now = time.GetTimestamp();
        while (_recent.Count > 0 && time.GetElapsedTime(_recent.Peek(), now) >= TimeSpan.FromMilliseconds(900))
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(now);
        received = _recent.Count;
        return limit == 0 || received <= limit;
    }
}
