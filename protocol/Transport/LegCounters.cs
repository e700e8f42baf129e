namespace Ibkr.Protocol.Transport;

/// <summary>Counters a leg's loops update and its owner reads.</summary>
internal sealed class LegCounters
{
    private long _received;
    private long _sent;
    private long _pacingWaits;
    private long _pacingDelayTicks;

    public long Received => Volatile.Read(ref _received);

    public long Sent => Volatile.Read(ref _sent);

    public long PacingWaits => Volatile.Read(ref _pacingWaits);

    public TimeSpan PacingDelay => TimeSpan.FromTicks(Volatile.Read(ref _pacingDelayTicks));

    public void AddReceived(long count = 1) => Interlocked.Add(ref _received, count);

    public void AddSent(long count = 1) => Interlocked.Add(ref _sent, count);

    public void AddPacingWait(TimeSpan delay)
    {
        Interlocked.Increment(ref _pacingWaits);
        Interlocked.Add(ref _pacingDelayTicks, delay.Ticks);
    }
}
