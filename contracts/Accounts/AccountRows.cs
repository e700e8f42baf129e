using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Accounts;

/// <summary>One account summary value (ACCOUNT_SUMMARY): a tag such as NetLiquidation for one account.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountSummaryRow")]
public sealed record AccountSummaryRow
{
    [Id(0)] public string Account { get; init; } = string.Empty;
    [Id(1)] public string Tag { get; init; } = string.Empty;

    /// <summary>As sent: most tags are amounts, some are text.</summary>
    [Id(2)] public string Value { get; init; } = string.Empty;

    [Id(3)] public string Currency { get; init; } = string.Empty;
}

/// <summary>One account value from account updates (UPDATE_ACCOUNT_VALUE).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountValue")]
public sealed record AccountValue
{
    [Id(0)] public string Account { get; init; } = string.Empty;
    [Id(1)] public string Key { get; init; } = string.Empty;
    [Id(2)] public string Value { get; init; } = string.Empty;
    [Id(3)] public string Currency { get; init; } = string.Empty;
}

/// <summary>One position with its valuation from account updates (UPDATE_PORTFOLIO).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PortfolioItem")]
public sealed record PortfolioItem
{
    [Id(0)] public string Account { get; init; } = string.Empty;
    [Id(1)] public Contract Contract { get; init; } = new();
    [Id(2)] public decimal Position { get; init; }
    [Id(3)] public decimal MarketPrice { get; init; }
    [Id(4)] public decimal MarketValue { get; init; }
    [Id(5)] public decimal AverageCost { get; init; }
    [Id(6)] public decimal UnrealizedPnl { get; init; }
    [Id(7)] public decimal RealizedPnl { get; init; }
}

/// <summary>One position (POSITION / POSITION_MULTI).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PositionRow")]
public sealed record PositionRow
{
    [Id(0)] public string Account { get; init; } = string.Empty;
    [Id(1)] public Contract Contract { get; init; } = new();
    [Id(2)] public decimal Position { get; init; }
    [Id(3)] public decimal AverageCost { get; init; }
    [Id(4)] public string ModelCode { get; init; } = string.Empty;
}

/// <summary>Daily, unrealized and realized PnL of an account (PNL), or of one position (PNL_SINGLE) with its size and value.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PnL")]
public sealed record PnL
{
    [Id(0)] public decimal? DailyPnl { get; init; }
    [Id(1)] public decimal? UnrealizedPnl { get; init; }
    [Id(2)] public decimal? RealizedPnl { get; init; }

    /// <summary>PnL single only: the position size.</summary>
    [Id(3)] public decimal? Position { get; init; }

    /// <summary>PnL single only: the position's market value.</summary>
    [Id(4)] public decimal? Value { get; init; }
}
