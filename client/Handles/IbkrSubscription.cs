using System.Runtime.CompilerServices;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client;

/// <summary>
/// A client's share of a subscription. <see cref="Events"/> streams business events (ticks, rows, bars) and
/// <see cref="Lifecycle"/> streams Started, SnapshotComplete, Gap, Resumed and Closed. Disposing leaves the
/// subscription; the last one to leave cancels it on the Gateway.
/// </summary>
public sealed class IbkrSubscription : IAsyncDisposable
{
    private readonly ISubscriptionGrain _grain;
    private readonly string _subscriberId;
    private readonly long _firstSeq;
    private int _disposed;

    internal IbkrSubscription(ISubscriptionGrain grain, string subscriberId, SubscriptionInfo info)
    {
        _grain = grain;
        _subscriberId = subscriberId;
        Info = info;

        // A later subscriber starts at the present; the first one sees everything from the start.
        _firstSeq = info.Subscribers > 1 ? info.LastEventSeq : 0;
    }

    /// <summary>The subscription as it was when this client joined.</summary>
    public SubscriptionInfo Info { get; }

    /// <summary>Business events from when this client joined, in wire order, until the subscription closes.</summary>
    public async IAsyncEnumerable<SubscriptionEvent> Events([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in _grain.EventsAsync(_firstSeq).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    /// <summary>Lifecycle events from the start of this subscription, until it closes.</summary>
    public async IAsyncEnumerable<LifecycleEvent> Lifecycle([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in _grain.LifecycleAsync(0).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    /// <summary>Waits for the next lifecycle event of <paramref name="kind"/> after <paramref name="afterSeq"/>.</summary>
    public async Task<LifecycleEvent> WaitForAsync(LifecycleKind kind, long afterSeq = 0, CancellationToken cancellationToken = default)
    {
        await foreach (var e in _grain.LifecycleAsync(afterSeq).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (e.Kind == kind)
            {
                return e;
            }
        }

        throw new IbkrException($"the subscription closed before {kind}");
    }

    /// <summary>The current state and counters.</summary>
    public Task<SubscriptionInfo> GetInfoAsync() => _grain.GetInfoAsync();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _grain.UnsubscribeAsync(_subscriberId).ConfigureAwait(false);
        }
    }
}
