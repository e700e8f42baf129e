namespace Ibkr.Contracts.Sessions;

/// <summary>
/// What happens to a stream or an order as a whole, apart from its business events: it started, its snapshot
/// is complete, a gap opened (the connection dropped), it resumed on a new connection, or it closed.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.LifecycleEvent")]
public sealed record LifecycleEvent
{
    [Id(0)] public LifecycleKind Kind { get; init; }

    /// <summary>For <see cref="LifecycleKind.Closed"/>: whether asking again may work (an interruption) or not (an API error).</summary>
    [Id(1)] public bool Retryable { get; init; }

    /// <summary>Why, in words.</summary>
    [Id(2)] public string Reason { get; init; } = string.Empty;

    /// <summary>The session's connection sequence number when it happened.</summary>
    [Id(3)] public long ConnectionSeq { get; init; }

    /// <summary>The Gateway error behind a <see cref="LifecycleKind.Closed"/>, if any.</summary>
    [Id(4)] public Errors.IbkrError? Error { get; init; }

    /// <summary>Numbers the lifecycle events of one stream or order from 1.</summary>
    [Id(5)] public long Seq { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Reason.Length == 0 ? $"{Kind} (leg {ConnectionSeq})" : $"{Kind} (leg {ConnectionSeq}): {Reason}";
}

/// <summary>The lifecycle of a subscription or an order.</summary>
public enum LifecycleKind
{
    Started,
    SnapshotComplete,
    Gap,
    Resumed,
    Closed,
}
