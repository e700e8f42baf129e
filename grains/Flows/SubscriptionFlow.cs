using Ibkr.Contracts.Errors;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Grains.Flows;

/// <summary>
/// A shared subscription's Gateway side: it starts (and on a new leg restarts) the request, turns replies into
/// business events and reports lifecycle changes; the session drains both after each inbound batch and sends
/// them to the subscription grain in one call.
/// </summary>
internal abstract class SubscriptionFlow(string grainKey, SubscriptionSpec spec) : Flow
{
    private readonly List<SubscriptionEvent> _events = [];
    private readonly List<LifecycleEvent> _lifecycle = [];

    /// <summary>The subscription grain's key.</summary>
    public string GrainKey { get; } = grainKey;

    public SubscriptionSpec Spec { get; } = spec;

    /// <summary>True when something is waiting to be drained.</summary>
    public bool HasOutput => _events.Count > 0 || _lifecycle.Count > 0;

    /// <summary>Takes what accumulated since the last drain.</summary>
    public (IReadOnlyList<SubscriptionEvent> Events, IReadOnlyList<LifecycleEvent> Lifecycle) Drain()
    {
        var result = ((IReadOnlyList<SubscriptionEvent>)_events.ToArray(), (IReadOnlyList<LifecycleEvent>)_lifecycle.ToArray());
        _events.Clear();
        _lifecycle.Clear();
        return result;
    }

    /// <summary>Records a lifecycle event (the session calls this for Started and Resumed as it sends the request).</summary>
    public void Report(LifecycleKind kind, long connectionSeq, string reason = "", bool retryable = false, IbkrError? error = null)
    {
        _lifecycle.Add(new LifecycleEvent { Kind = kind, ConnectionSeq = connectionSeq, Reason = reason, Retryable = retryable, Error = error });
        if (kind == LifecycleKind.Closed)
        {
            Finished = true;
        }
    }

    /// <inheritdoc/>
    public override void OnError(IbkrError error, FlowContext context)
    {
        if (IbkrErrorCodes.IsWarning(error.Code))
        {
            return;
        }

        Report(LifecycleKind.Closed, context.ConnectionSeq, error.ToString(), retryable: false, error);
    }

    /// <inheritdoc/>
    public override void OnGap(string reason, FlowContext context)
    {
        Report(LifecycleKind.Gap, context.ConnectionSeq, reason);
        if (Spec.Resume == ResumePolicy.CloseRetryable)
        {
            Report(LifecycleKind.Closed, context.ConnectionSeq, $"the connection dropped ({reason})", retryable: true);
        }
    }

    /// <summary>Queues a business event stamped with the current leg.</summary>
    protected void Emit(SubscriptionEvent e, FlowContext context) => _events.Add(e with { ConnectionSeq = context.ConnectionSeq });
}
