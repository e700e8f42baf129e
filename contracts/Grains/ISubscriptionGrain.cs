using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Orleans.Concurrency;

namespace Ibkr.Contracts.Grains;

/// <summary>
/// One shared subscription (key: <c>{session}|{spec key}</c>): one Gateway request however many subscribers,
/// reference-counted, cancelled when the last subscriber leaves. Keeps its lifecycle across reconnects.
/// </summary>
[Alias("ibkr.ISubscriptionGrain")]
public interface ISubscriptionGrain : IGrainWithStringKey
{
    /// <summary>Adds a subscriber (idempotent per subscriber id); the first one starts the Gateway request.</summary>
    [Alias("Subscribe")]
    Task<SubscriptionInfo> SubscribeAsync(string session, SubscriptionSpec spec, string subscriberId);

    /// <summary>Removes a subscriber; the last one cancels the Gateway request.</summary>
    [Alias("Unsubscribe")]
    Task<SubscriptionInfo> UnsubscribeAsync(string subscriberId);

    /// <summary>The state and counters.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<SubscriptionInfo> GetInfoAsync();

    /// <summary>Business events after <paramref name="afterSeq"/> still buffered, then new ones, until the subscription closes.</summary>
    [Alias("Events")]
    IAsyncEnumerable<SubscriptionEvent> EventsAsync(long afterSeq);

    /// <summary>Lifecycle events after <paramref name="afterSeq"/>, then new ones, until Closed.</summary>
    [Alias("Lifecycle")]
    IAsyncEnumerable<LifecycleEvent> LifecycleAsync(long afterSeq);

    /// <summary>From the session: business events in wire order (awaited, so batches cannot overtake each other).</summary>
    [Alias("OnEvents")]
    Task OnEventsAsync(IReadOnlyList<SubscriptionEvent> events);

    /// <summary>From the session: Started, SnapshotComplete, Gap, Resumed or Closed.</summary>
    [Alias("OnLifecycle")]
    Task OnLifecycleAsync(LifecycleEvent lifecycle);
}
