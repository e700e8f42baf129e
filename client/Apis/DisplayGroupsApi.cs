using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>TWS display groups (the linked colour groups of TWS windows).</summary>
public sealed class DisplayGroupsApi
{
    private readonly OneShotRunner _oneShots;

    internal DisplayGroupsApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>The ids of the display groups TWS offers.</summary>
    public Task<IReadOnlyList<int>> ListAsync(CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<int>(new DisplayGroupsQuery(), cancellationToken);
}
