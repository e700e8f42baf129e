using Ibkr.Client.Handles;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>Market data streams, shared across the cluster: equal requests share one Gateway subscription.</summary>
public sealed class MarketDataApi
{
    private readonly SubscriptionFactory _subscriptions;

    internal MarketDataApi(SubscriptionFactory subscriptions) => _subscriptions = subscriptions;

    /// <summary>Top-of-book quotes for a contract (price, size, string and generic ticks).</summary>
    public Task<IbkrSubscription> QuotesAsync(Contract contract, CancellationToken cancellationToken = default) =>
        SubscribeAsync(new QuoteSpec { Contract = contract }, cancellationToken);

    /// <summary>Any market data subscription by its spec (quotes with generic ticks or snapshot, bars, depth…).</summary>
    public Task<IbkrSubscription> SubscribeAsync(SubscriptionSpec spec, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(spec, cancellationToken);
}
