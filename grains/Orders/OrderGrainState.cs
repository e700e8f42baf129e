using Ibkr.Contracts.Orders;

namespace Ibkr.Grains.Orders;

/// <summary>
/// What an order grain stores: the snapshot (request, ids, status, fills, executions, commissions) and how far its
/// lifecycle numbering went. Written after each batch of wire events and each lifecycle change, never per tick.
/// </summary>
[GenerateSerializer, Alias("ibkr.OrderGrainState")]
internal sealed class OrderGrainState
{
    [Id(0)] public OrderSnapshot Snapshot { get; set; } = new();
    [Id(1)] public long LifecycleSeq { get; set; }
}
