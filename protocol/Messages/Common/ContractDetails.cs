namespace Ibkr.Protocol.Messages.Common;

/// <summary>
/// Reference data for one instrument, as CONTRACT_DATA (10) and BOND_CONTRACT_DATA (18) carry it.
/// Values are kept as the Gateway sends them: comma lists stay one string, the fund enumerations stay
/// their wire codes, and lastTradeDateOrContractMonth / maturity are not split into date, time and zone.
/// </summary>
public sealed class ContractDetails
{
    public Contract Contract = new();
    public string MarketName = string.Empty;
    public decimal MinTick;

    /// <summary>Comma-separated order types.</summary>
    public string OrderTypes = string.Empty;

    /// <summary>Comma-separated exchanges.</summary>
    public string ValidExchanges = string.Empty;

    public int PriceMagnifier;
    public int UnderConId;

    /// <summary>Company name; CONTRACT_DATA sends it with <c>\uXXXX</c> escapes.</summary>
    public string LongName = string.Empty;

    public string ContractMonth = string.Empty;
    public string Industry = string.Empty;
    public string Category = string.Empty;
    public string Subcategory = string.Empty;
    public string TimeZoneId = string.Empty;
    public string TradingHours = string.Empty;
    public string LiquidHours = string.Empty;
    public string EvRule = string.Empty;

    /// <summary>Empty on the wire for most instruments (live AAPL capture), so unset is kept apart from 0.</summary>
    public decimal? EvMultiplier;

    public List<TagValue> SecIdList = [];
    public int AggGroup;
    public string UnderSymbol = string.Empty;
    public string UnderSecType = string.Empty;

    /// <summary>Comma-separated market rule ids, one per valid exchange.</summary>
    public string MarketRuleIds = string.Empty;

    public string RealExpirationDate = string.Empty;
    public string StockType = string.Empty;
    public decimal? MinSize;
    public decimal? SizeIncrement;
    public decimal? SuggestedSizeIncrement;

    // Bond fields (BOND_CONTRACT_DATA).
    public string Cusip = string.Empty;
    public decimal Coupon;

    /// <summary>The bond's lastTradeDateOrContractMonth slot as sent: "maturity [lastTradeTime [timeZone]]".</summary>
    public string Maturity = string.Empty;

    public string IssueDate = string.Empty;
    public string Ratings = string.Empty;
    public string BondType = string.Empty;
    public string CouponType = string.Empty;
    public bool Convertible;
    public bool Callable;
    public bool Putable;
    public string DescAppend = string.Empty;
    public string NextOptionDate = string.Empty;
    public string NextOptionType = string.Empty;
    public bool NextOptionPartial;
    public string Notes = string.Empty;

    // Fund fields (CONTRACT_DATA when secType is FUND, since server version 179).
    public string FundName = string.Empty;
    public string FundFamily = string.Empty;
    public string FundType = string.Empty;
    public string FundFrontLoad = string.Empty;
    public string FundBackLoad = string.Empty;
    public string FundBackLoadTimeInterval = string.Empty;
    public string FundManagementFee = string.Empty;
    public bool FundClosed;
    public bool FundClosedForNewInvestors;
    public bool FundClosedForNewMoney;
    public string FundNotifyAmount = string.Empty;
    public string FundMinimumInitialPurchase = string.Empty;
    public string FundSubsequentMinimumPurchase = string.Empty;
    public string FundBlueSkyStates = string.Empty;
    public string FundBlueSkyTerritories = string.Empty;

    /// <summary>Wire code: "N" accumulation, "Y" income (official enum FundDistributionPolicyIndicator).</summary>
    public string FundDistributionPolicyIndicator = string.Empty;

    /// <summary>Wire code "000".."007" (official enum FundAssetType).</summary>
    public string FundAssetType = string.Empty;

    public List<IneligibilityReason> IneligibilityReasonList = [];
}

/// <summary>Why an account may not trade an instrument (CONTRACT_DATA since server version 186).</summary>
public sealed class IneligibilityReason : FieldGroup
{
    public string Id = string.Empty;
    public string Description = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref Id, "id");
        v.Str(ref Description, "description");
    }
}
