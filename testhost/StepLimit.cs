namespace Ibkr.TestHost;

/// <summary>A token cancelled after the step timeout (on the host's clock) or when the host stops.</summary>
internal sealed class StepLimit : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public StepLimit(TimeSpan timeout, TimeProvider timeProvider, CancellationToken stop)
    {
        Timeout = timeout;
        _timer = new CancellationTokenSource(timeout, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(stop, _timer.Token);
    }

    /// <summary>How long the step may take (for messages).</summary>
    public TimeSpan Timeout { get; }

    public CancellationToken Token => _linked.Token;

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
