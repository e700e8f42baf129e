using Ibkr.Contracts.Errors;

namespace Ibkr.Contracts.Orders;

/// <summary>
/// A business event of one order, in wire order. <see cref="Seq"/> numbers the order's events from 1 so a reader
/// can resume after the last one it saw; <see cref="ConnectionSeq"/> is the leg it arrived on.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderEvent")]
public abstract record OrderEvent
{
    [Id(0)] public long Seq { get; init; }
    [Id(1)] public long ConnectionSeq { get; init; }
}

/// <summary>The Gateway reported the order as open (OPEN_ORDER): its ids, status and what it holds.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderOpened")]
public sealed record OrderOpened : OrderEvent
{
    [Id(0)] public Requests.OpenOrderRow Report { get; init; } = new();

    /// <summary>What-if previews and commission estimates: commission as reported, if any.</summary>
    [Id(1)] public decimal? Commission { get; init; }

    [Id(2)] public string InitMarginChange { get; init; } = string.Empty;
    [Id(3)] public string WarningText { get; init; } = string.Empty;
}

/// <summary>ORDER_STATUS: status and fill progress.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderStatusChanged")]
public sealed record OrderStatusChanged : OrderEvent
{
    /// <summary>The order id the status is for (the session routes by it).</summary>
    [Id(8)] public int OrderId { get; init; }

    [Id(9)] public int ClientId { get; init; }

    [Id(0)] public string Status { get; init; } = string.Empty;
    [Id(1)] public decimal Filled { get; init; }
    [Id(2)] public decimal Remaining { get; init; }
    [Id(3)] public decimal AvgFillPrice { get; init; }
    [Id(4)] public decimal LastFillPrice { get; init; }
    [Id(5)] public long PermId { get; init; }
    [Id(6)] public string WhyHeld { get; init; } = string.Empty;
    [Id(7)] public decimal? MktCapPrice { get; init; }
}

/// <summary>A fill; delivered once per exec id.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderExecuted")]
public sealed record OrderExecuted : OrderEvent
{
    [Id(0)] public Execution Execution { get; init; } = new();
}

/// <summary>The commission of a fill; delivered once per exec id.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderCommission")]
public sealed record OrderCommission : OrderEvent
{
    [Id(0)] public Commission Commission { get; init; } = new();
}

/// <summary>The Gateway reported an error for this order (a rejection, a warning, a cancel confirmation).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderErrorReported")]
public sealed record OrderErrorReported : OrderEvent
{
    [Id(0)] public IbkrError Error { get; init; } = new();
}
