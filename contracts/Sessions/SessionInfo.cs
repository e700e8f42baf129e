namespace Ibkr.Contracts.Sessions;

/// <summary>The state of one gateway session as the service sees it.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.SessionInfo")]
public sealed record SessionInfo
{
    [Id(0)] public string Name { get; init; } = string.Empty;
    [Id(1)] public SessionStatus Status { get; init; }

    /// <summary>How many connections (legs) have reached Ready since the session started.</summary>
    [Id(2)] public long ConnectionSeq { get; init; }

    [Id(3)] public IReadOnlyList<string> ManagedAccounts { get; init; } = [];

    /// <summary>The next order id the session will use.</summary>
    [Id(4)] public long NextValidId { get; init; }

    [Id(5)] public int ServerVersion { get; init; }

    /// <summary>Why the last connection ended or the last attempt failed, if one did.</summary>
    [Id(6)] public string LastError { get; init; } = string.Empty;

    [Id(7)] public string Endpoint { get; init; } = string.Empty;
    [Id(8)] public int ClientId { get; init; }

    /// <summary>
    /// One line for errors and logs: <c>session 'paper' is Ready</c>, or, in any other status, why it is not:
    /// <c>session 'paper' is Reconnecting: connection refused</c> (the last error) or <c>…: no answer from the Gateway yet</c>.
    /// </summary>
    public string Describe() => Status == SessionStatus.Ready
        ? $"session '{Name}' is Ready"
        : $"session '{Name}' is {Status}: {(LastError.Length > 0 ? LastError : "no answer from the Gateway yet")}";
}

/// <summary>Where a gateway session is in its life.</summary>
public enum SessionStatus
{
    Disconnected,
    Connecting,
    Ready,
    Reconnecting,
    Closed,
}
