using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer created, so a test can wait until the code under
/// test is parked on a delay before advancing time (a phase barrier, not a sleep).
/// </summary>
internal sealed class ObservedTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer with exactly <paramref name="dueTime"/> has been created (timers with other due times are skipped).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        while (await _created.Reader.ReadAsync(cancellationToken) != dueTime)
        {
        }
    }
}
