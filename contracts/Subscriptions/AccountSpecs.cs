namespace Ibkr.Contracts.Subscriptions;

/// <summary>Account summary tags for a group of accounts (REQ_ACCOUNT_SUMMARY); SnapshotComplete at ACCOUNT_SUMMARY_END.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountSummarySpec")]
public sealed record AccountSummarySpec : SubscriptionSpec
{
    /// <summary>"All" or an advisor group name.</summary>
    [Id(0)] public string Group { get; init; } = "All";

    [Id(1)] public IReadOnlyList<string> Tags { get; init; } = ["NetLiquidation", "TotalCashValue", "BuyingPower"];

    /// <inheritdoc/>
    public override string KindName => "account_summary";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Group, Tags);
}

/// <summary>Positions of every account (REQ_POSITIONS); SnapshotComplete at POSITION_END.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PositionsSpec")]
public sealed record PositionsSpec : SubscriptionSpec
{
    /// <inheritdoc/>
    public override string KindName => "positions";

    /// <inheritdoc/>
    protected override string Canonical() => string.Empty;
}

/// <summary>Account values and portfolio of one account (REQ_ACCOUNT_UPDATES); SnapshotComplete at ACCOUNT_DOWNLOAD_END.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.AccountUpdatesSpec")]
public sealed record AccountUpdatesSpec : SubscriptionSpec
{
    [Id(0)] public string Account { get; init; } = string.Empty;

    /// <inheritdoc/>
    public override string KindName => "account_updates";

    /// <inheritdoc/>
    protected override string Canonical() => Account;
}

/// <summary>Daily and total PnL of an account (REQ_PNL), or of one position when <see cref="ConId"/> is set (REQ_PNL_SINGLE).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.PnLSpec")]
public sealed record PnLSpec : SubscriptionSpec
{
    [Id(0)] public string Account { get; init; } = string.Empty;
    [Id(1)] public string ModelCode { get; init; } = string.Empty;

    /// <summary>0 for the whole account; a contract id for one position.</summary>
    [Id(2)] public long ConId { get; init; }

    /// <inheritdoc/>
    public override string KindName => ConId == 0 ? "pnl" : "pnl_single";

    /// <inheritdoc/>
    protected override string Canonical() => Join(Account, ModelCode, ConId);
}
