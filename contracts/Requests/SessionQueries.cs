namespace Ibkr.Contracts.Requests;

/// <summary>The Gateway's clock → <see cref="ValueResult{T}"/> of epoch seconds (long).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.CurrentTimeQuery")]
public sealed record CurrentTimeQuery : OneShotRequest;

/// <summary>The ids of the TWS display groups → rows of int.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.DisplayGroupsQuery")]
public sealed record DisplayGroupsQuery : OneShotRequest;

/// <summary>The scanner parameter document (instruments, locations, scan codes, filters) → <see cref="ValueResult{T}"/> of its XML (string).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ScannerParametersQuery")]
public sealed record ScannerParametersQuery : OneShotRequest;
