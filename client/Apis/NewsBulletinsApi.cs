using Ibkr.Client.Handles;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>IB news bulletins and exchange availability notices.</summary>
public sealed class NewsBulletinsApi
{
    private readonly SubscriptionFactory _subscriptions;

    internal NewsBulletinsApi(SubscriptionFactory subscriptions) => _subscriptions = subscriptions;

    /// <summary>
    /// Bulletins as they are published (<see cref="NewsBulletinUpdate"/> events); with <paramref name="allMessages"/>
    /// the day's earlier ones come first.
    /// </summary>
    public Task<IbkrSubscription> SubscribeAsync(bool allMessages = true, CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(new NewsBulletinsSpec { AllMessages = allMessages }, cancellationToken);
}
