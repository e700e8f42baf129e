using Ibkr.Client.Handles;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>Account streams: summary values, positions, account updates and PnL.</summary>
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

    /// <summary>
    /// Account values, portfolio positions and the update time of one account (<see cref="AccountValueUpdate"/>,
    /// <see cref="PortfolioUpdate"/>, <see cref="AccountTimeUpdate"/>); SnapshotComplete after the first full set.
    /// The Gateway streams one account at a time.
    /// </summary>
    public Task<IbkrSubscription> UpdatesAsync(string account, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(new AccountUpdatesSpec { Account = account }, cancellationToken);

    /// <summary>Daily, unrealized and realized PnL of an account or model (<see cref="PnLUpdate"/> events).</summary>
    public Task<IbkrSubscription> PnLAsync(string account, string modelCode = "", CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(new PnLSpec { Account = account, ModelCode = modelCode }, cancellationToken);

    /// <summary>PnL of one position, with its size and market value (<see cref="PnLUpdate"/> events).</summary>
    public Task<IbkrSubscription> PnLSingleAsync(string account, long conId, string modelCode = "", CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(conId);
        return _subscriptions.SubscribeAsync(new PnLSpec { Account = account, ModelCode = modelCode, ConId = conId }, cancellationToken);
    }

    /// <summary>Any account subscription by its spec (for instance with <see cref="ResumePolicy.CloseRetryable"/>).</summary>
    public Task<IbkrSubscription> SubscribeAsync(SubscriptionSpec spec, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(spec, cancellationToken);
}
