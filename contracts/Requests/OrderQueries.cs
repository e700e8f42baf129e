using Ibkr.Contracts.Orders;

namespace Ibkr.Contracts.Requests;

/// <summary>Executions (and their commissions) matching a filter → rows of <see cref="ExecutionReport"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ExecutionsQuery")]
public sealed record ExecutionsQuery : OneShotRequest
{
    [Id(0)] public ExecutionFilter Filter { get; init; } = new();
}

/// <summary>One execution with its commission, when the Gateway sent one before the end marker.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ExecutionReport")]
public sealed record ExecutionReport
{
    [Id(0)] public Execution Execution { get; init; } = new();
    [Id(1)] public Commission? Commission { get; init; }
}

/// <summary>Open orders: this client's (<see cref="OpenOrdersScope.Client"/>) or every client's → rows of <see cref="OpenOrderRow"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OpenOrdersQuery")]
public sealed record OpenOrdersQuery : OneShotRequest
{
    [Id(0)] public OpenOrdersScope Scope { get; init; } = OpenOrdersScope.Client;
}

/// <summary>Which open orders to list.</summary>
public enum OpenOrdersScope
{
    /// <summary>Orders placed by this API client (REQ_OPEN_ORDERS).</summary>
    Client,

    /// <summary>Orders of every client and TWS (REQ_ALL_OPEN_ORDERS).</summary>
    All,
}

/// <summary>Completed orders (filled, cancelled, inactive) of the day → rows of <see cref="OpenOrderRow"/> (with completion time and status).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.CompletedOrdersQuery")]
public sealed record CompletedOrdersQuery : OneShotRequest
{
    /// <summary>True for orders placed through the API only.</summary>
    [Id(0)] public bool ApiOnly { get; init; }
}

/// <summary>An order as an open-orders or completed-orders listing reports it.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OpenOrderRow")]
public sealed record OpenOrderRow
{
    [Id(0)] public int OrderId { get; init; }
    [Id(1)] public long PermId { get; init; }
    [Id(2)] public int ClientId { get; init; }
    [Id(3)] public string OrderRef { get; init; } = string.Empty;
    [Id(4)] public Instruments.Contract Contract { get; init; } = new();
    [Id(5)] public string Action { get; init; } = string.Empty;
    [Id(6)] public decimal TotalQuantity { get; init; }
    [Id(7)] public string OrderType { get; init; } = string.Empty;
    [Id(8)] public decimal? LimitPrice { get; init; }
    [Id(9)] public decimal? AuxPrice { get; init; }
    [Id(10)] public string Tif { get; init; } = string.Empty;
    [Id(11)] public string Account { get; init; } = string.Empty;
    [Id(12)] public string Status { get; init; } = string.Empty;

    /// <summary>Filled quantity, where the listing reports it (completed orders).</summary>
    [Id(13)] public decimal? Filled { get; init; }

    /// <summary>Completed orders only: when and why.</summary>
    [Id(14)] public string CompletedTime { get; init; } = string.Empty;

    [Id(15)] public string CompletedStatus { get; init; } = string.Empty;
}
