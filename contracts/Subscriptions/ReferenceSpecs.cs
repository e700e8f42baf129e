namespace Ibkr.Contracts.Subscriptions;

/// <summary>IB news bulletins (REQ_NEWS_BULLETINS).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.NewsBulletinsSpec")]
public sealed record NewsBulletinsSpec : SubscriptionSpec
{
    /// <summary>True for every bulletin of the day so far, then new ones; false for new ones only.</summary>
    [Id(0)] public bool AllMessages { get; init; } = true;

    /// <inheritdoc/>
    public override string KindName => "news_bulletins";

    /// <inheritdoc/>
    protected override string Canonical() => Join(AllMessages);
}

/// <summary>This client's open orders as they change (REQ_OPEN_ORDERS: the listing, SnapshotComplete at OPEN_ORDER_END, then every change).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.OpenOrdersSpec")]
public sealed record OpenOrdersSpec : SubscriptionSpec
{
    /// <inheritdoc/>
    public override string KindName => "open_orders";

    /// <inheritdoc/>
    protected override string Canonical() => string.Empty;
}

/// <summary>A market scanner (REQ_SCANNER_SUBSCRIPTION): each SCANNER_DATA replaces the previous result set.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ScannerSpec")]
public sealed record ScannerSpec : SubscriptionSpec
{
    [Id(0)] public int NumberOfRows { get; init; } = 50;
    [Id(1)] public string Instrument { get; init; } = "STK";
    [Id(2)] public string LocationCode { get; init; } = "STK.US.MAJOR";
    [Id(3)] public string ScanCode { get; init; } = "TOP_PERC_GAIN";
    [Id(4)] public decimal? AbovePrice { get; init; }
    [Id(5)] public decimal? BelowPrice { get; init; }
    [Id(6)] public int? AboveVolume { get; init; }
    [Id(7)] public IReadOnlyList<KeyValuePair<string, string>> FilterOptions { get; init; } = [];

    /// <inheritdoc/>
    public override string KindName => "scanner";

    /// <inheritdoc/>
    protected override string Canonical() =>
        Join(NumberOfRows, Instrument, LocationCode, ScanCode, AbovePrice, BelowPrice, AboveVolume, FilterOptions.Select(p => $"{p.Key}={p.Value}"));
}
