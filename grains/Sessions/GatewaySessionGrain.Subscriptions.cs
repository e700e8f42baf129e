using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Flows;
using Ibkr.Protocol.Transport;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// Shared subscriptions: one Gateway request per subscription grain, with a request id kept for its whole life
/// (reused on every leg), restarted on each new leg (Resumed) and gapped when a leg ends.
/// </summary>
internal sealed partial class GatewaySessionGrain
{
    private readonly Dictionary<string, SubscriptionFlow> _subscriptions = [];
    private readonly HashSet<string> _startedOnce = [];

    public async Task<long> StartSubscriptionAsync(string subscriptionKey, SubscriptionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        EnsureStarted();
        if (_subscriptions.ContainsKey(subscriptionKey))
        {
            return _leg is null ? 0 : State.ConnectionSeq;
        }

        var flow = SubscriptionCatalog.Create(subscriptionKey, spec)
            ?? throw new ArgumentException($"subscriptions of kind '{spec.KindName}' are not supported", nameof(spec));
        flow.ReqId = flow.Singleton is null ? NextRequestId() : 0;
        State.Subscriptions[subscriptionKey] = new SubscriptionRegistration { Spec = spec, ReqId = flow.ReqId };
        _subscriptions[subscriptionKey] = flow;
        await WriteStateAsync();

        // The subscription grain reports Started itself from this answer: calling it back from here would deadlock.
        if (_leg is { } leg && await StartFlowAsync(leg, flow))
        {
            _startedOnce.Add(subscriptionKey);
            return State.ConnectionSeq;
        }

        return 0;
    }

    public async Task StopSubscriptionAsync(string subscriptionKey)
    {
        if (!_subscriptions.Remove(subscriptionKey, out var flow))
        {
            return;
        }

        Unroute(flow);
        _startedOnce.Remove(subscriptionKey);
        State.Subscriptions.Remove(subscriptionKey);
        await WriteStateAsync();

        // A kind without request ids is one Gateway stream: cancelling it would end it for the others still on it.
        var sharesStream = flow.Singleton is { } route && _streamsBySingleton.ContainsKey(route);
        if (_leg is { } leg && !sharesStream)
        {
            await TrySendAsync(leg, flow.Cancel());
        }
    }

    private void RestoreSubscriptions()
    {
        foreach (var (key, registration) in State.Subscriptions)
        {
            if (registration.Spec is { } spec && SubscriptionCatalog.Create(key, spec) is { } flow)
            {
                flow.ReqId = registration.ReqId;
                _subscriptions[key] = flow;
            }
        }
    }

    private async Task ResumeSubscriptionsAsync(GatewayLeg leg)
    {
        foreach (var (key, flow) in _subscriptions.ToArray())
        {
            if (!await StartFlowAsync(leg, flow))
            {
                return;
            }

            flow.Report(_startedOnce.Add(key) ? LifecycleKind.Started : LifecycleKind.Resumed, State.ConnectionSeq);
        }

        await DeliverSubscriptionOutputAsync();
    }

    private async Task GapSubscriptionsAsync(string reason)
    {
        var context = Context;
        foreach (var flow in _subscriptions.Values)
        {
            Unroute(flow);
            flow.OnGap(reason, context);
        }

        await DeliverSubscriptionOutputAsync();
    }

    private async Task<bool> StartFlowAsync(GatewayLeg leg, SubscriptionFlow flow)
    {
        if (flow.Singleton is { } route)
        {
            if (!_streamsBySingleton.TryGetValue(route, out var streams))
            {
                _streamsBySingleton[route] = streams = [];
            }

            if (!streams.Contains(flow))
            {
                streams.Add(flow);
            }
        }
        else
        {
            _flowsByReqId[flow.ReqId] = flow;
        }

        return await TrySendAsync(leg, flow.Start());
    }

    private void Unroute(SubscriptionFlow flow)
    {
        if (flow.Singleton is { } route && _streamsBySingleton.TryGetValue(route, out var streams))
        {
            streams.Remove(flow);
            if (streams.Count == 0)
            {
                _streamsBySingleton.Remove(route);
            }
        }
        else
        {
            _flowsByReqId.Remove(flow.ReqId);
        }
    }

    /// <summary>Hands each subscription grain what its flow produced, then forgets flows that closed.</summary>
    private async Task DeliverSubscriptionOutputAsync()
    {
        var closed = false;
        foreach (var (key, flow) in _subscriptions.ToArray())
        {
            if (flow.HasOutput)
            {
                var (events, lifecycle) = flow.Drain();
                var grain = GrainFactory.GetGrain<ISubscriptionGrain>(key);
                if (events.Count > 0)
                {
                    await grain.OnEventsAsync(events);
                }

                foreach (var change in lifecycle)
                {
                    await grain.OnLifecycleAsync(change);
                }
            }

            if (flow.Finished)
            {
                _subscriptions.Remove(key);
                _startedOnce.Remove(key);
                Unroute(flow);
                State.Subscriptions.Remove(key);
                closed = true;
            }
        }

        if (closed)
        {
            await WriteStateAsync();
        }
    }
}
