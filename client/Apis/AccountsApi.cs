using Ibkr.Client.Handles;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>Account streams: summary values and positions.</summary>
public sealed class AccountsApi
{
    private readonly SubscriptionFactory _subscriptions;

    internal AccountsApi(SubscriptionFactory subscriptions) => _subscriptions = subscriptions;

    /// <summary>Account summary rows (SnapshotComplete after the first full set, then updates).</summary>
    public Task<IbkrSubscription> SummaryAsync(AccountSummarySpec? spec = null, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(spec ?? new AccountSummarySpec(), cancellationToken);

    /// <summary>Positions of every account (SnapshotComplete after the first full set, then changes).</summary>
    public Task<IbkrSubscription> PositionsAsync(CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(new PositionsSpec(), cancellationToken);
}
