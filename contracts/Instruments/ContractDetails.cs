namespace Ibkr.Contracts.Instruments;

/// <summary>What the Gateway knows about one instrument (CONTRACT_DATA / BOND_CONTRACT_DATA).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ContractDetails")]
public sealed record ContractDetails
{
    [Id(0)] public Contract Contract { get; init; } = new();
    [Id(1)] public string MarketName { get; init; } = string.Empty;
    [Id(2)] public decimal MinTick { get; init; }

    /// <summary>Comma-separated order types the instrument accepts.</summary>
    [Id(3)] public string OrderTypes { get; init; } = string.Empty;

    [Id(4)] public string ValidExchanges { get; init; } = string.Empty;
    [Id(5)] public int PriceMagnifier { get; init; }
    [Id(6)] public long UnderConId { get; init; }
    [Id(7)] public string LongName { get; init; } = string.Empty;
    [Id(8)] public string ContractMonth { get; init; } = string.Empty;
    [Id(9)] public string Industry { get; init; } = string.Empty;
    [Id(10)] public string Category { get; init; } = string.Empty;
    [Id(11)] public string Subcategory { get; init; } = string.Empty;
    [Id(12)] public string TimeZoneId { get; init; } = string.Empty;
    [Id(13)] public string TradingHours { get; init; } = string.Empty;
    [Id(14)] public string LiquidHours { get; init; } = string.Empty;
    [Id(15)] public string UnderSymbol { get; init; } = string.Empty;
    [Id(16)] public string UnderSecType { get; init; } = string.Empty;

    /// <summary>Market rule ids per valid exchange, comma-separated (see the market-rule one-shot).</summary>
    [Id(17)] public string MarketRuleIds { get; init; } = string.Empty;

    [Id(18)] public string RealExpirationDate { get; init; } = string.Empty;
    [Id(19)] public string StockType { get; init; } = string.Empty;
    [Id(20)] public decimal? MinSize { get; init; }
    [Id(21)] public decimal? SizeIncrement { get; init; }
    [Id(22)] public decimal? SuggestedSizeIncrement { get; init; }

    /// <summary>Other identifiers (ISIN, CUSIP…) as tag/value pairs.</summary>
    [Id(23)] public IReadOnlyList<KeyValuePair<string, string>> SecIds { get; init; } = [];

    /// <summary>Bond fields (BOND_CONTRACT_DATA), null for other instruments.</summary>
    [Id(24)] public BondTerms? Bond { get; init; }
}

/// <summary>The bond-specific part of contract details.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.BondTerms")]
public sealed record BondTerms
{
    [Id(0)] public string Cusip { get; init; } = string.Empty;
    [Id(1)] public decimal Coupon { get; init; }
    [Id(2)] public string Maturity { get; init; } = string.Empty;
    [Id(3)] public string IssueDate { get; init; } = string.Empty;
    [Id(4)] public string Ratings { get; init; } = string.Empty;
    [Id(5)] public string BondType { get; init; } = string.Empty;
    [Id(6)] public string CouponType { get; init; } = string.Empty;
    [Id(7)] public bool Convertible { get; init; }
    [Id(8)] public bool Callable { get; init; }
    [Id(9)] public bool Putable { get; init; }
    [Id(10)] public string DescAppend { get; init; } = string.Empty;
    [Id(11)] public string Notes { get; init; } = string.Empty;
}
