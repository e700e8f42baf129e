namespace Ibkr.Protocol.Transport;

/// <summary>
/// Sliding-window rate limit: at most <c>limit</c> sends in any one-second window, measured on a
/// <see cref="TimeProvider"/>. It keeps the times of the last <c>limit</c> sends; the next send may go once
/// the oldest of them is a second old. Used by the writer loop only; not thread-safe.
/// </summary>
internal sealed class MessagePacer
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly long[] _sent;
    private int _next;
    private int _count;

    public MessagePacer(int messagesPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        _time = time;
        _sent = new long[messagesPerSecond];
    }

    /// <summary>
    /// Records a send now and returns true, or returns false with the time to wait before the next send is allowed.
    /// </summary>
    public bool TryAcquire(out TimeSpan wait)
    {
        var now = _time.GetTimestamp();
        if (_count == _sent.Length)
        {
            // _next is the oldest of the last N sends.
            var age = _time.GetElapsedTime(_sent[_next], now);
            if (age < Window)
            {
                wait = Window - age;
                return false;
            }
        }
        else
        {
            _count++;
        }

        _sent[_next] = now;
        _next = (_next + 1) % _sent.Length;
        wait = TimeSpan.Zero;
        return true;
    }
}
