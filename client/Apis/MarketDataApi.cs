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

    /// <summary>
    /// Quotes as <paramref name="spec"/> says: generic ticks, a market data type (3 for delayed quotes when there is
    /// no live subscription; the Gateway's 10167 notice does not end the stream), a snapshot.
    /// </summary>
    public Task<IbkrSubscription> QuotesAsync(QuoteSpec spec, CancellationToken cancellationToken = default) =>
        SubscribeAsync(spec, cancellationToken);

    /// <summary>
    /// One snapshot of a contract's quote: the ticks, then SnapshotComplete and Closed; the events end by
    /// themselves and nothing is cancelled on the Gateway.
    /// </summary>
    public Task<IbkrSubscription> SnapshotAsync(Contract contract, IReadOnlyList<string>? genericTicks = null, CancellationToken cancellationToken = default) =>
        SubscribeAsync(new QuoteSpec { Contract = contract, GenericTicks = genericTicks ?? [], Snapshot = true }, cancellationToken);

    /// <summary>5-second real-time bars (<see cref="RealTimeBarUpdate"/> events).</summary>
    public Task<IbkrSubscription> RealTimeBarsAsync(RealTimeBarsSpec spec, CancellationToken cancellationToken = default) =>
        SubscribeAsync(spec, cancellationToken);

    /// <summary>Tick-by-tick data: Last, AllLast, BidAsk or MidPoint (<see cref="TickByTickUpdate"/> events).</summary>
    public Task<IbkrSubscription> TickByTickAsync(TickByTickSpec spec, CancellationToken cancellationToken = default) =>
        SubscribeAsync(spec, cancellationToken);

    /// <summary>Market depth, an exchange's book or the SMART (level 2) book (<see cref="DepthUpdate"/> row changes).</summary>
    public Task<IbkrSubscription> DepthAsync(DepthSpec spec, CancellationToken cancellationToken = default) =>
        SubscribeAsync(spec, cancellationToken);

    /// <summary>
    /// Historical bars that keep updating: the history (<see cref="BarUpdate"/> with IsLive false), SnapshotComplete,
    /// then updates of the bar in progress (IsLive true).
    /// </summary>
    public Task<IbkrSubscription> LiveBarsAsync(LiveBarsSpec spec, CancellationToken cancellationToken = default) =>
        SubscribeAsync(spec, cancellationToken);

    /// <summary>Any market data subscription by its spec (quotes with generic ticks or snapshot, bars, depth…).</summary>
    public Task<IbkrSubscription> SubscribeAsync(SubscriptionSpec spec, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(spec, cancellationToken);
}
