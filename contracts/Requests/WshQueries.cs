namespace Ibkr.Contracts.Requests;

/// <summary>Wall Street Horizon filter metadata → <see cref="ValueResult{T}"/> of the JSON (string).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.WshMetaDataQuery")]
public sealed record WshMetaDataQuery : OneShotRequest;

/// <summary>
/// Wall Street Horizon calendar events for a contract, or for the filter → <see cref="ValueResult{T}"/> of the
/// JSON (string).
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.WshEventDataQuery")]
public sealed record WshEventDataQuery : OneShotRequest
{
    /// <summary>The contract; null when <see cref="Filter"/> selects the events instead.</summary>
    [Id(0)] public long? ConId { get; init; }

    /// <summary>A JSON filter (see the metadata), or empty.</summary>
    [Id(1)] public string Filter { get; init; } = string.Empty;

    [Id(2)] public bool FillWatchlist { get; init; }
    [Id(3)] public bool FillPortfolio { get; init; }
    [Id(4)] public bool FillCompetitors { get; init; }

    /// <summary>yyyyMMdd, or empty.</summary>
    [Id(5)] public string StartDate { get; init; } = string.Empty;

    [Id(6)] public string EndDate { get; init; } = string.Empty;

    /// <summary>At most this many events; null for the Gateway's default.</summary>
    [Id(7)] public int? TotalLimit { get; init; }
}
