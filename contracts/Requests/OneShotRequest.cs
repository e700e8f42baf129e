using Ibkr.Contracts.Errors;

namespace Ibkr.Contracts.Requests;

/// <summary>
/// A request the Gateway answers once: it completes on the protocol's end marker (or its single reply), fails
/// with the Gateway's error, or is interrupted — retryably — when the connection drops first. One-shots are
/// never replayed on a new connection.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.OneShotRequest")]
public abstract record OneShotRequest;

/// <summary>The answer to a one-shot.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OneShotResult")]
public abstract record OneShotResult;

/// <summary>A one-shot answered with a list (contract details, bars, executions…).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.RowsResult`1")]
public sealed record RowsResult<T> : OneShotResult
{
    [Id(0)] public IReadOnlyList<T> Rows { get; init; } = [];

    /// <summary>Notices the Gateway sent along (warnings that did not end the request).</summary>
    [Id(1)] public IReadOnlyList<IbkrError> Warnings { get; init; } = [];
}

/// <summary>A one-shot answered with one value.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ValueResult`1")]
public sealed record ValueResult<T> : OneShotResult
{
    [Id(0)] public required T Value { get; init; }

    /// <summary>Notices the Gateway sent along (warnings that did not end the request).</summary>
    [Id(1)] public IReadOnlyList<IbkrError> Warnings { get; init; } = [];
}

/// <summary>How a one-shot ended: a result, a Gateway error, or an interruption (retryable).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OneShotOutcome")]
public sealed record OneShotOutcome
{
    [Id(0)] public OneShotResult? Result { get; init; }
    [Id(1)] public IbkrError? Error { get; init; }

    /// <summary>True when the request did not complete for a reason that asking again may fix (a dropped connection, no connection).</summary>
    [Id(2)] public bool Interrupted { get; init; }

    [Id(3)] public string Reason { get; init; } = string.Empty;

    /// <summary>A completed request.</summary>
    public static OneShotOutcome Completed(OneShotResult result) => new() { Result = result };

    /// <summary>A request the Gateway refused.</summary>
    public static OneShotOutcome Failed(IbkrError error) => new() { Error = error, Reason = error.ToString() };

    /// <summary>A request cut off by a gap (retryable).</summary>
    public static OneShotOutcome Interruption(string reason) => new() { Interrupted = true, Reason = reason };
}
