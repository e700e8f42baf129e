using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Grains.Subscriptions;

/// <summary>
/// What a subscription grain stores: who subscribes, what, on which session, and its last lifecycle. Ticks are
/// never stored; event numbering is written with lifecycle changes so a reactivated grain keeps counting.
/// </summary>
[GenerateSerializer, Alias("ibkr.SubscriptionGrainState")]
internal sealed class SubscriptionGrainState
{
    [Id(0)] public string Session { get; set; } = string.Empty;
    [Id(1)] public SubscriptionSpec? Spec { get; set; }
    [Id(2)] public HashSet<string> Subscribers { get; set; } = [];
    [Id(3)] public LifecycleEvent? Lifecycle { get; set; }
    [Id(4)] public long EventSeq { get; set; }
    [Id(5)] public long LifecycleSeq { get; set; }
    [Id(6)] public bool Closed { get; set; }
}
