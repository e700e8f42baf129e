using Ibkr.Client.Handles;
using Ibkr.Contracts.Requests;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>Market scanners: the parameter document and scanner subscriptions.</summary>
public sealed class ScannerApi
{
    private readonly OneShotRunner _oneShots;
    private readonly SubscriptionFactory _subscriptions;

    internal ScannerApi(OneShotRunner oneShots, SubscriptionFactory subscriptions)
    {
        _oneShots = oneShots;
        _subscriptions = subscriptions;
    }

    /// <summary>The scanner parameter document (instruments, locations, scan codes, filters), as the Gateway's XML.</summary>
    public Task<string> ParametersAsync(CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(new ScannerParametersQuery(), cancellationToken);

    /// <summary>
    /// A scanner subscription: each <see cref="ScannerResults"/> event is a complete ranked result set that replaces
    /// the previous one (SnapshotComplete after the first). Disposing the last share cancels it on the Gateway.
    /// </summary>
    public Task<IbkrSubscription> SubscribeAsync(ScannerSpec spec, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(spec, cancellationToken);
}
