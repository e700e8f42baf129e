using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Handles;

/// <summary>Joins the shared subscription grain for a spec on the client's session.</summary>
internal sealed class SubscriptionFactory(IGrainFactory grains, IbkrClientOptions options)
{
    public async Task<IbkrSubscription> SubscribeAsync(SubscriptionSpec spec, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<ISubscriptionGrain>($"{options.Session}|{spec.Key}");
        var info = await grain.SubscribeAsync(options.Session, spec, options.SubscriberId).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new IbkrSubscription(grain, options.SubscriberId, info);
    }
}
