using Ibkr.Contracts.MarketData;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Historical data.</summary>
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
}
