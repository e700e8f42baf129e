using Ibkr.Contracts.Errors;
using Ibkr.Contracts.Requests;
using Ibkr.Protocol.Messages;

namespace Ibkr.Grains.Flows;

/// <summary>
/// A flow that answers once: it ends on its end marker with a result, on a Gateway error (other than a warning,
/// which is kept and returned with the result), or on a gap as a retryable interruption. Never on silence, except
/// for requests answered without an id, whose wait the session bounds (the refusal of those has no id either).
/// </summary>
internal abstract class OneShotFlow : Flow
{
    private readonly TaskCompletionSource<OneShotOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The outcome, once the flow has finished.</summary>
    public Task<OneShotOutcome> Outcome => _outcome.Task;

    /// <summary>Warnings the Gateway sent for this request that did not end it.</summary>
    protected List<IbkrError> Warnings { get; } = [];

    /// <inheritdoc/>
    public override void OnError(IbkrError error, FlowContext context)
    {
        if (IbkrErrorCodes.IsWarning(error.Code))
        {
            Warnings.Add(error);
            return;
        }

        Finish(OneShotOutcome.Failed(error));
    }

    /// <inheritdoc/>
    public override void OnGap(string reason, FlowContext context) =>
        Finish(OneShotOutcome.Interruption($"the connection dropped before the reply was complete ({reason})"));

    /// <summary>
    /// The messages sent once the flow completed, on the leg it ran on, to free the Gateway's side of a request
    /// that stays registered after its answer (WSH); none for most flows.
    /// </summary>
    public virtual IEnumerable<Message> Release() => [];

    /// <summary>Ends the flow with a result.</summary>
    protected void Complete(OneShotResult result) => Finish(OneShotOutcome.Completed(result));

    /// <summary>Ends the flow (first outcome wins).</summary>
    public void Finish(OneShotOutcome outcome)
    {
        Finished = true;
        _outcome.TrySetResult(outcome);
    }
}

/// <summary>
/// A one-shot answered with rows and an end marker (contract details, bars, executions…): <paramref name="read"/>
/// turns each routed message into a row, an end, or both (a single-message reply).
/// </summary>
internal sealed class RowsFlow<TRow>(Func<int, IEnumerable<Message>> start, Func<Message, RowStep<TRow>> read, string? singleton = null) : OneShotFlow
{
    private readonly List<TRow> _rows = [];

    /// <inheritdoc/>
    public override string? Singleton => singleton;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => start(ReqId);

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        var step = read(message);
        _rows.AddRange(step.Rows);
        if (step.End)
        {
            Complete(new RowsResult<TRow> { Rows = _rows.ToArray(), Warnings = Warnings.ToArray() });
        }
    }
}

/// <summary>What one routed message means to a <see cref="RowsFlow{TRow}"/>.</summary>
internal readonly record struct RowStep<TRow>(IReadOnlyList<TRow> Rows, bool End)
{
    public static RowStep<TRow> Row(TRow row) => new([row], false);

    public static RowStep<TRow> Many(IReadOnlyList<TRow> rows, bool end = false) => new(rows, end);

    public static RowStep<TRow> Done => new([], true);

    public static RowStep<TRow> Skip => new([], false);
}

/// <summary>
/// A one-shot answered by a single <typeparamref name="TReply"/> (current time, head timestamp, market rule…);
/// any other message for the request ends it with a clear reason instead of waiting on silence.
/// <paramref name="release"/> gives the messages that free the Gateway's side of the request afterwards, if it
/// needs them.
/// </summary>
internal sealed class ValueFlow<TReply, TValue>(
    Func<int, IEnumerable<Message>> start,
    Func<TReply, TValue> read,
    string? singleton = null,
    Func<int, IEnumerable<Message>>? release = null) : OneShotFlow
    where TReply : Message
{
    /// <inheritdoc/>
    public override string? Singleton => singleton;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => start(ReqId);

    /// <inheritdoc/>
    public override IEnumerable<Message> Release() => release?.Invoke(ReqId) ?? [];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        if (message is TReply reply)
        {
            Complete(new ValueResult<TValue> { Value = read(reply), Warnings = Warnings.ToArray() });
        }
        else
        {
            Finish(new OneShotOutcome { Reason = $"the Gateway answered with {message.Descriptor.Name} where {typeof(TReply).Name} was expected" });
        }
    }
}
