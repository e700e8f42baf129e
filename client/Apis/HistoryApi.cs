using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Historical data: bars, ticks, histograms, trading schedules.</summary>
public sealed class HistoryApi
{
    private readonly OneShotRunner _oneShots;

    internal HistoryApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>Historical bars, complete at the Gateway's end marker.</summary>
    public Task<IReadOnlyList<Bar>> BarsAsync(HistoricalBarsQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<Bar>(query, cancellationToken);

    /// <summary>The earliest date with data for a contract.</summary>
    public Task<string> HeadTimestampAsync(HeadTimestampQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(query, cancellationToken);

    /// <summary>Historical ticks (TRADES, BID_ASK or MIDPOINT), every batch until the Gateway says done.</summary>
    public Task<IReadOnlyList<HistoricalTick>> TicksAsync(HistoricalTicksQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<HistoricalTick>(query, cancellationToken);

    /// <summary>Volume per price level over a period.</summary>
    public Task<IReadOnlyList<HistogramEntry>> HistogramAsync(HistogramQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<HistogramEntry>(query, cancellationToken);

    /// <summary>The trading sessions of a contract over a range (a SCHEDULE history request).</summary>
    public Task<TradingSchedule> ScheduleAsync(TradingScheduleQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<TradingSchedule>(query, cancellationToken);
}
