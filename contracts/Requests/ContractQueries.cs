using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Requests;

/// <summary>Contract details for every instrument matching <see cref="Contract"/> → <see cref="RowsResult{T}"/> of <see cref="ContractDetails"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ContractDetailsQuery")]
public sealed record ContractDetailsQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();
}

/// <summary>Instruments whose symbol or name matches <see cref="Pattern"/> → rows of <see cref="ContractDescription"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.MatchingSymbolsQuery")]
public sealed record MatchingSymbolsQuery : OneShotRequest
{
    [Id(0)] public string Pattern { get; init; } = string.Empty;
}

/// <summary>A market rule by id → <see cref="ValueResult{T}"/> of <see cref="MarketRule"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.MarketRuleQuery")]
public sealed record MarketRuleQuery : OneShotRequest
{
    [Id(0)] public int MarketRuleId { get; init; }
}

/// <summary>Option chains of an underlying → rows of <see cref="OptionChain"/>, one per exchange.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OptionChainQuery")]
public sealed record OptionChainQuery : OneShotRequest
{
    [Id(0)] public string UnderlyingSymbol { get; init; } = string.Empty;

    /// <summary>Empty for stock options; the exchange for futures options.</summary>
    [Id(1)] public string FutFopExchange { get; init; } = string.Empty;

    [Id(2)] public string UnderlyingSecType { get; init; } = "STK";
    [Id(3)] public long UnderlyingConId { get; init; }
}

/// <summary>The exchanges behind a SMART BBO exchange code → rows of <see cref="SmartComponent"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.SmartComponentsQuery")]
public sealed record SmartComponentsQuery : OneShotRequest
{
    [Id(0)] public string BboExchange { get; init; } = string.Empty;
}

/// <summary>
/// A fundamentals report for a contract → <see cref="ValueResult{T}"/> of the report XML (string).
/// <see cref="ReportType"/>: ReportSnapshot, ReportsFinSummary, ReportRatios, ReportsFinStatements, RESC.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.FundamentalDataQuery")]
public sealed record FundamentalDataQuery : OneShotRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public string ReportType { get; init; } = "ReportSnapshot";
}

/// <summary>The exchanges that offer market depth → rows of <see cref="DepthExchange"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.DepthExchangesQuery")]
public sealed record DepthExchangesQuery : OneShotRequest;
