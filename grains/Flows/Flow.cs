using Ibkr.Contracts.Errors;
using Ibkr.Protocol.Messages;

namespace Ibkr.Grains.Flows;

/// <summary>
/// One request's conversation with the Gateway, inside the session grain: the messages that start it, what it
/// does with each reply routed to it (by request id, or by <see cref="Singleton"/> for replies that carry none),
/// and what happens on a Gateway error or a gap. Flows run on the grain scheduler only.
/// </summary>
internal abstract class Flow
{
    /// <summary>The request id the session gave this flow; 0 for flows whose replies carry none.</summary>
    public int ReqId { get; set; }

    /// <summary>For replies without a request id (open orders, positions, current time…): the route name, else null.</summary>
    public virtual string? Singleton => null;

    /// <summary>True once the flow needs nothing more; the session then forgets it.</summary>
    public bool Finished { get; protected set; }

    /// <summary>The messages that start the flow on the current leg (its <see cref="ReqId"/> is set).</summary>
    public abstract IEnumerable<Message> Start();

    /// <summary>The messages that stop the flow early (cancel), if it has any.</summary>
    public virtual IEnumerable<Message> Cancel() => [];

    /// <summary>A reply routed to this flow.</summary>
    public abstract void OnMessage(Message message, FlowContext context);

    /// <summary>An error the Gateway reported for this flow's request id.</summary>
    public abstract void OnError(IbkrError error, FlowContext context);

    /// <summary>The leg ended before the flow finished.</summary>
    public abstract void OnGap(string reason, FlowContext context);
}

/// <summary>What a flow can see of the session while it handles a message.</summary>
internal sealed class FlowContext(string session, long connectionSeq)
{
    public string Session { get; } = session;

    public long ConnectionSeq { get; } = connectionSeq;
}
