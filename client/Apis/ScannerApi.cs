using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Market scanners.</summary>
public sealed class ScannerApi
{
    private readonly OneShotRunner _oneShots;

    internal ScannerApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>The scanner parameter document (instruments, locations, scan codes, filters), as the Gateway's XML.</summary>
    public Task<string> ParametersAsync(CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(new ScannerParametersQuery(), cancellationToken);
}
