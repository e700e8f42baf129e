using Ibkr.Contracts.Sessions;

namespace Ibkr.Contracts.Subscriptions;

/// <summary>A subscription's state: its spec, subscribers, last lifecycle event and event count.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.SubscriptionInfo")]
public sealed record SubscriptionInfo
{
    [Id(0)] public string Key { get; init; } = string.Empty;
    [Id(1)] public string Session { get; init; } = string.Empty;
    [Id(2)] public SubscriptionSpec? Spec { get; init; }
    [Id(3)] public int Subscribers { get; init; }
    [Id(4)] public LifecycleEvent? Lifecycle { get; init; }

    /// <summary>The last business event's sequence number.</summary>
    [Id(5)] public long LastEventSeq { get; init; }

    /// <summary>True once Closed: no more events will come.</summary>
    [Id(6)] public bool IsClosed { get; init; }
}
