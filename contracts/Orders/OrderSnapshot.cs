using Ibkr.Contracts.Errors;

namespace Ibkr.Contracts.Orders;

/// <summary>
/// Everything the service knows about one order: what was asked, the ids IB gave it, its status and fill
/// progress, every execution and commission (deduplicated by exec id), and whether it is waiting for
/// reconciliation after a gap.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderSnapshot")]
public sealed record OrderSnapshot
{
    [Id(0)] public string OrderRef { get; init; } = string.Empty;
    [Id(1)] public string Session { get; init; } = string.Empty;

    /// <summary>The request as placed (or as last modified); null for an order first seen on the wire.</summary>
    [Id(2)] public OrderRequest? Request { get; init; }

    [Id(3)] public int OrderId { get; init; }
    [Id(4)] public long PermId { get; init; }
    [Id(5)] public int ClientId { get; init; }
    [Id(6)] public OrderStatusKind Status { get; init; }

    /// <summary>IB's status text as last reported (kept when <see cref="Status"/> is Unknown).</summary>
    [Id(7)] public string StatusText { get; init; } = string.Empty;

    [Id(8)] public decimal Filled { get; init; }
    [Id(9)] public decimal Remaining { get; init; }
    [Id(10)] public decimal AvgFillPrice { get; init; }
    [Id(11)] public decimal LastFillPrice { get; init; }
    [Id(12)] public IReadOnlyList<Execution> Executions { get; init; } = [];
    [Id(13)] public IReadOnlyList<Commission> Commissions { get; init; } = [];

    /// <summary>The last error the Gateway reported for the order.</summary>
    [Id(14)] public IbkrError? LastError { get; init; }

    /// <summary>The connection leg the order was last heard of on.</summary>
    [Id(15)] public long LastSeenConnectionSeq { get; init; }

    /// <summary>True between a gap and the reconciliation that follows the next connection.</summary>
    [Id(16)] public bool AwaitingReconciliation { get; init; }

    /// <summary>True when the order was not placed through this service (TWS, another client).</summary>
    [Id(17)] public bool PlacedElsewhere { get; init; }

    /// <summary>How many business events the order has had (the last event's <see cref="OrderEvent.Seq"/>).</summary>
    [Id(18)] public long EventCount { get; init; }

    /// <summary>Filled, Cancelled, ApiCancelled or Inactive.</summary>
    public bool IsTerminal => Status.IsTerminal();
}
