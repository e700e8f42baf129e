namespace Ibkr.Contracts.MarketData;

/// <summary>
/// The trading sessions of a contract over a range (HISTORICAL_SCHEDULE, the answer to a SCHEDULE history
/// request). Times are the Gateway's text, e.g. "20260406-09:30:00", in <see cref="TimeZone"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.TradingSchedule")]
public sealed record TradingSchedule
{
    [Id(0)] public string StartDateTime { get; init; } = string.Empty;
    [Id(1)] public string EndDateTime { get; init; } = string.Empty;
    [Id(2)] public string TimeZone { get; init; } = string.Empty;
    [Id(3)] public IReadOnlyList<TradingSession> Sessions { get; init; } = [];
}

/// <summary>One trading session; <see cref="RefDate"/> (YYYYMMDD) is the trading day it belongs to.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.TradingSession")]
public sealed record TradingSession
{
    [Id(0)] public string StartDateTime { get; init; } = string.Empty;
    [Id(1)] public string EndDateTime { get; init; } = string.Empty;
    [Id(2)] public string RefDate { get; init; } = string.Empty;
}
