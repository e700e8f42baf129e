namespace Ibkr.Contracts.Errors;

/// <summary>An error the Gateway reported (ERR_MSG): its code, text and the request or order id it concerns.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.IbkrError")]
public sealed record IbkrError
{
    /// <summary>The request id or order id; -1 for session-wide notices.</summary>
    [Id(0)] public int RequestId { get; init; }

    [Id(1)] public int Code { get; init; }
    [Id(2)] public string Message { get; init; } = string.Empty;

    /// <summary>The JSON that explains an order rejection in detail, when the Gateway sends one.</summary>
    [Id(3)] public string AdvancedOrderRejectJson { get; init; } = string.Empty;

    /// <summary>When the Gateway raised it (epoch milliseconds), if it said.</summary>
    [Id(4)] public long? TimeMs { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}
