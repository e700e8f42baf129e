using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// What a session must not forget across a silo restart: the subscriptions it serves (with their request ids,
/// reused on every leg), which order ref each order id and perm id belongs to, the orders still working, and the
/// next request id. Written on subscription and order changes, never per message.
/// </summary>
[GenerateSerializer, Alias("ibkr.SessionGrainState")]
internal sealed class SessionGrainState
{
    [Id(0)] public Dictionary<string, SubscriptionRegistration> Subscriptions { get; set; } = [];
    [Id(1)] public Dictionary<int, string> OrderRefsById { get; set; } = [];
    [Id(2)] public Dictionary<long, string> OrderRefsByPermId { get; set; } = [];
    [Id(3)] public HashSet<string> WorkingOrders { get; set; } = [];
    [Id(4)] public int NextReqId { get; set; } = 1;
    [Id(5)] public long NextOrderId { get; set; }
    [Id(6)] public long ConnectionSeq { get; set; }
}

/// <summary>A subscription the session serves: its spec and the request id it uses on every leg.</summary>
[GenerateSerializer, Alias("ibkr.SubscriptionRegistration")]
internal sealed class SubscriptionRegistration
{
    [Id(0)] public SubscriptionSpec? Spec { get; set; }
    [Id(1)] public int ReqId { get; set; }
}
