namespace Ibkr.Contracts.Requests;

/// <summary>The Gateway's clock → <see cref="ValueResult{T}"/> of epoch seconds (long).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.CurrentTimeQuery")]
public sealed record CurrentTimeQuery : OneShotRequest;
