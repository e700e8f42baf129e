using Ibkr.Client.Handles;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>Market scanners.</summary>
public sealed class ScannerApi
{
    private readonly SubscriptionFactory _subscriptions;

    internal ScannerApi(SubscriptionFactory subscriptions) => _subscriptions = subscriptions;

    /// <summary>
    /// A scanner subscription: each <see cref="ScannerResults"/> event is a complete ranked result set that replaces
    /// the previous one (SnapshotComplete after the first). Disposing the last share cancels it on the Gateway.
    /// </summary>
    public Task<IbkrSubscription> SubscribeAsync(ScannerSpec spec, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(spec, cancellationToken);
}
