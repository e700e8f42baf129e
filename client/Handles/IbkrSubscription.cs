using System.Runtime.CompilerServices;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client;

/// <summary>
/// A client's share of a subscription. <see cref="Events"/> streams business events (ticks, rows, bars) and
/// <see cref="Lifecycle"/> streams Started, SnapshotComplete, Gap, Resumed and Closed. Disposing leaves the
/// subscription; the last one to leave cancels it on the Gateway. A client joining a shared quote, bar, tick or PnL
/// stream reads from the moment it joined; one joining a book, listing or history reads from its start.
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

        // A later subscriber of ticks or bars starts at the present; the first one sees everything from the start,
        // and so does anyone joining a kind whose events build a state (a book, a listing, a history).
        _firstSeq = info.Subscribers > 1 && !BuildsState(info.Spec) ? info.LastEventSeq : 0;
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

    /// <summary>
    /// Kinds whose events only make sense from their start: the depth book is built from row changes, and
    /// listings (positions, account values, open orders, bulletins, scanner sets) and live-bar history come once,
    /// before the changes. A late subscriber reads them from the oldest event still buffered.
    /// </summary>
    private static bool BuildsState(SubscriptionSpec? spec) => spec is DepthSpec or LiveBarsSpec or AccountSummarySpec
        or PositionsSpec or AccountUpdatesSpec or OpenOrdersSpec or NewsBulletinsSpec or ScannerSpec;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _grain.UnsubscribeAsync(_subscriberId).ConfigureAwait(false);
        }
    }
}
