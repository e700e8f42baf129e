using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>The Gateway itself.</summary>
public sealed class TwsApi
{
    private readonly OneShotRunner _oneShots;

    internal TwsApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>The Gateway's clock, in seconds since the Unix epoch.</summary>
    public Task<long> CurrentTimeAsync(CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<long>(new CurrentTimeQuery(), cancellationToken);
}
