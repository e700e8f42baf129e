using Ibkr.Contracts.Errors;

namespace Ibkr.Contracts.Orders;

/// <summary>
/// What the session did with an order send: <see cref="Sent"/> with the order id it used, or why not — not
/// connected (retryable once the session is Ready again), trading disabled, or an error.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.PlaceOrderResult")]
public sealed record PlaceOrderResult
{
    [Id(0)] public bool Sent { get; init; }
    [Id(1)] public int OrderId { get; init; }
    [Id(2)] public string Reason { get; init; } = string.Empty;
    [Id(3)] public bool Retryable { get; init; }
    [Id(4)] public long ConnectionSeq { get; init; }
    [Id(5)] public IbkrError? Error { get; init; }
}
