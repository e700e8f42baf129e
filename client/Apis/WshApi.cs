using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Wall Street Horizon corporate event calendar (needs the WSH subscription on the account).</summary>
public sealed class WshApi
{
    private readonly OneShotRunner _oneShots;

    internal WshApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>The filter metadata (event types and their fields), as the Gateway's JSON.</summary>
    public Task<string> MetaDataAsync(CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(new WshMetaDataQuery(), cancellationToken);

    /// <summary>Calendar events for a contract or a filter, as the Gateway's JSON.</summary>
    public Task<string> EventDataAsync(WshEventDataQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(query, cancellationToken);
}
