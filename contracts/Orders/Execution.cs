using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Orders;

/// <summary>One fill (EXECUTION_DATA). <see cref="ExecId"/> identifies it; a correction carries a new exec id.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.Execution")]
public sealed record Execution
{
    [Id(0)] public string ExecId { get; init; } = string.Empty;
    [Id(1)] public int OrderId { get; init; }
    [Id(2)] public long PermId { get; init; }
    [Id(3)] public int ClientId { get; init; }

    /// <summary>The order ref the order was placed with (empty for orders placed without one).</summary>
    [Id(4)] public string OrderRef { get; init; } = string.Empty;

    [Id(5)] public Contract Contract { get; init; } = new();

    /// <summary>Execution time as the Gateway sent it, e.g. <c>20260413 15:27:04 US/Eastern</c>.</summary>
    [Id(6)] public string Time { get; init; } = string.Empty;

    [Id(7)] public string Account { get; init; } = string.Empty;
    [Id(8)] public string Exchange { get; init; } = string.Empty;

    /// <summary>BOT or SLD.</summary>
    [Id(9)] public string Side { get; init; } = string.Empty;

    [Id(10)] public decimal Shares { get; init; }
    [Id(11)] public decimal Price { get; init; }
    [Id(12)] public decimal CumQty { get; init; }
    [Id(13)] public decimal AvgPrice { get; init; }
    [Id(14)] public int Liquidation { get; init; }
    [Id(15)] public string EvRule { get; init; } = string.Empty;
    [Id(16)] public decimal? EvMultiplier { get; init; }
    [Id(17)] public string ModelCode { get; init; } = string.Empty;

    /// <summary>1 added liquidity, 2 removed, 3 routed out.</summary>
    [Id(18)] public int LastLiquidity { get; init; }

    [Id(19)] public bool PendingPriceRevision { get; init; }
    [Id(20)] public string Submitter { get; init; } = string.Empty;
}

/// <summary>The commission and fees of one execution (COMMISSION_REPORT).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.Commission")]
public sealed record Commission
{
    [Id(0)] public string ExecId { get; init; } = string.Empty;
    [Id(1)] public decimal? CommissionAndFees { get; init; }
    [Id(2)] public string Currency { get; init; } = string.Empty;

    /// <summary>Null until a closing fill realises PnL (the Gateway sends its "unset" value).</summary>
    [Id(3)] public decimal? RealizedPnl { get; init; }

    [Id(4)] public decimal? Yield { get; init; }
    [Id(5)] public int? YieldRedemptionDate { get; init; }
}

/// <summary>Which executions an executions query returns; empty fields match everything.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ExecutionFilter")]
public sealed record ExecutionFilter
{
    [Id(0)] public int ClientId { get; init; }
    [Id(1)] public string Account { get; init; } = string.Empty;

    /// <summary>Only executions after this time (yyyyMMdd-HH:mm:ss, UTC).</summary>
    [Id(2)] public string Time { get; init; } = string.Empty;

    [Id(3)] public string Symbol { get; init; } = string.Empty;
    [Id(4)] public string SecType { get; init; } = string.Empty;
    [Id(5)] public string Exchange { get; init; } = string.Empty;
    [Id(6)] public string Side { get; init; } = string.Empty;

    /// <summary>Only the last N days; null for no limit.</summary>
    [Id(7)] public int? LastNDays { get; init; }

    [Id(8)] public IReadOnlyList<string> SpecificDates { get; init; } = [];
}
