using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Streams;
using Ibkr.Grains.Telemetry;

namespace Ibkr.Grains.Subscriptions;

/// <summary>
/// One shared subscription, keyed <c>{session}|{spec key}</c>: the first subscriber starts the Gateway request, the
/// last one to leave cancels it; every subscriber reads the same events. Lifecycle (Started, SnapshotComplete,
/// Gap, Resumed, Closed) is a stream of its own.
/// </summary>
internal sealed class SubscriptionGrain : Grain, ISubscriptionGrain
{
    private const int BufferedEvents = 4_096;

    private readonly IPersistentState<SubscriptionGrainState> _state;
    private EventLog<SubscriptionEvent> _events = NewEventLog();
    private EventLog<LifecycleEvent> _lifecycle = NewLifecycleLog();

    public SubscriptionGrain([PersistentState("subscription")] IPersistentState<SubscriptionGrainState> state) => _state = state;

    private SubscriptionGrainState State => _state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _events.Restore(State.EventSeq);
        _lifecycle.Restore(State.LifecycleSeq);
        if (State.Closed)
        {
            CloseLogs();
        }
        else if (State.Subscribers.Count > 0 && State.Spec is { } spec)
        {
            // Reactivated (silo restart, collection): make sure the session still serves this subscription.
            var seq = await Session.StartSubscriptionAsync(this.GetPrimaryKeyString(), spec);
            if (seq > 0 && State.Lifecycle?.ConnectionSeq != seq)
            {
                Append(new LifecycleEvent { Kind = LifecycleKind.Resumed, ConnectionSeq = seq, Reason = "subscription grain reactivated" });
            }
        }
    }

    public async Task<SubscriptionInfo> SubscribeAsync(string session, SubscriptionSpec spec, string subscriberId)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (State.Closed)
        {
            // A closed subscription starts afresh for its next subscriber.
            State.Closed = false;
            State.Subscribers.Clear();
            State.Lifecycle = null;
            _events = NewEventLog();
            _lifecycle = NewLifecycleLog();
            _events.Restore(State.EventSeq);
            _lifecycle.Restore(State.LifecycleSeq);
        }

        State.Session = session;
        State.Spec = spec;
        var first = State.Subscribers.Count == 0;
        State.Subscribers.Add(subscriberId);
        await _state.WriteStateAsync();
        if (first)
        {
            var seq = await Session.StartSubscriptionAsync(this.GetPrimaryKeyString(), spec);
            if (seq > 0)
            {
                Append(new LifecycleEvent { Kind = LifecycleKind.Started, ConnectionSeq = seq });
                await _state.WriteStateAsync();
            }
        }

        return Info();
    }

    public async Task<SubscriptionInfo> UnsubscribeAsync(string subscriberId)
    {
        if (!State.Subscribers.Remove(subscriberId) || State.Subscribers.Count > 0 || State.Closed)
        {
            await _state.WriteStateAsync();
            return Info();
        }

        await Session.StopSubscriptionAsync(this.GetPrimaryKeyString());
        Append(new LifecycleEvent { Kind = LifecycleKind.Closed, ConnectionSeq = State.Lifecycle?.ConnectionSeq ?? 0, Reason = "the last subscriber left" });
        await _state.WriteStateAsync();
        return Info();
    }

    public Task<SubscriptionInfo> GetInfoAsync() => Task.FromResult(Info());

    public IAsyncEnumerable<SubscriptionEvent> EventsAsync(long afterSeq) => _events.ReadAsync(afterSeq);

    public IAsyncEnumerable<LifecycleEvent> LifecycleAsync(long afterSeq) => _lifecycle.ReadAsync(afterSeq);

    public Task OnEventsAsync(IReadOnlyList<SubscriptionEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (!State.Closed)
        {
            foreach (var e in events)
            {
                _events.Append(e);
            }

            State.EventSeq = _events.LastSeq;
            GrainMetrics.FannedOut(State.Spec?.KindName ?? "unknown", State.Subscribers.Count, events.Count);
        }

        return Task.CompletedTask;
    }

    public async Task OnLifecycleAsync(LifecycleEvent lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        if (State.Closed)
        {
            return;
        }

        Append(lifecycle);
        await _state.WriteStateAsync();
    }

    private IGatewaySessionGrain Session => GrainFactory.GetGrain<IGatewaySessionGrain>(State.Session);

    private void Append(LifecycleEvent lifecycle)
    {
        var numbered = _lifecycle.Append(lifecycle);
        State.Lifecycle = numbered;
        State.LifecycleSeq = numbered.Seq;
        State.EventSeq = _events.LastSeq;
        if (lifecycle.Kind == LifecycleKind.Closed)
        {
            State.Closed = true;
            CloseLogs();
        }
    }

    private void CloseLogs()
    {
        _events.Close();
        _lifecycle.Close();
    }

    private SubscriptionInfo Info() => new()
    {
        Key = this.GetPrimaryKeyString(),
        Session = State.Session,
        Spec = State.Spec,
        Subscribers = State.Subscribers.Count,
        Lifecycle = State.Lifecycle,
        LastEventSeq = _events.LastSeq,
        IsClosed = State.Closed,
    };

    private static EventLog<SubscriptionEvent> NewEventLog() => new(BufferedEvents, static (e, seq) => e with { Seq = seq });

    private static EventLog<LifecycleEvent> NewLifecycleLog() => new(BufferedEvents, static (e, seq) => e with { Seq = seq });
}
