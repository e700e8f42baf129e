namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_SCANNER_SUBSCRIPTION (22), no version field since server version 143: the subscription's fields
/// (rows, instrument, location, scan code, the 15 legacy filters from abovePrice to averageOptionVolumeAbove,
/// setting pairs, stock type filter), then the filter options and the subscription options, each a
/// <c>tag=value;</c> string. Unset numeric filters (the official MAX defaults) are empty fields.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqScannerSubscription, "req_scanner_subscription")]
public sealed class ReqScannerSubscription : Message
{
    public int ReqId;
    public int? NumberOfRows;
    public string Instrument = string.Empty;
    public string LocationCode = string.Empty;
    public string ScanCode = string.Empty;
    public decimal? AbovePrice;
    public decimal? BelowPrice;
    public int? AboveVolume;
    public decimal? MarketCapAbove;
    public decimal? MarketCapBelow;
    public string MoodyRatingAbove = string.Empty;
    public string MoodyRatingBelow = string.Empty;
    public string SpRatingAbove = string.Empty;
    public string SpRatingBelow = string.Empty;
    public string MaturityDateAbove = string.Empty;
    public string MaturityDateBelow = string.Empty;
    public decimal? CouponRateAbove;
    public decimal? CouponRateBelow;
    public bool ExcludeConvertible;
    public int? AverageOptionVolumeAbove;
    public string ScannerSettingPairs = string.Empty;
    public string StockTypeFilter = string.Empty;
    public string ScannerSubscriptionFilterOptions = string.Empty;
    public string ScannerSubscriptionOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.IntMax(ref NumberOfRows, "number_of_rows");
        v.Str(ref Instrument, "instrument");
        v.Str(ref LocationCode, "location_code");
        v.Str(ref ScanCode, "scan_code");
        v.DecMax(ref AbovePrice, "above_price");
        v.DecMax(ref BelowPrice, "below_price");
        v.IntMax(ref AboveVolume, "above_volume");
        v.DecMax(ref MarketCapAbove, "market_cap_above");
        v.DecMax(ref MarketCapBelow, "market_cap_below");
        v.Str(ref MoodyRatingAbove, "moody_rating_above");
        v.Str(ref MoodyRatingBelow, "moody_rating_below");
        v.Str(ref SpRatingAbove, "sp_rating_above");
        v.Str(ref SpRatingBelow, "sp_rating_below");
        v.Str(ref MaturityDateAbove, "maturity_date_above");
        v.Str(ref MaturityDateBelow, "maturity_date_below");
        v.DecMax(ref CouponRateAbove, "coupon_rate_above");
        v.DecMax(ref CouponRateBelow, "coupon_rate_below");
        v.Bool(ref ExcludeConvertible, "exclude_convertible");
        v.IntMax(ref AverageOptionVolumeAbove, "average_option_volume_above");
        v.Str(ref ScannerSettingPairs, "scanner_setting_pairs");
        v.Str(ref StockTypeFilter, "stock_type_filter");
        v.Str(ref ScannerSubscriptionFilterOptions, "scanner_filter_options");
        v.Str(ref ScannerSubscriptionOptions, "scanner_options");
    }
}

/// <summary>CANCEL_SCANNER_SUBSCRIPTION (23), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelScannerSubscription, "cancel_scanner_subscription")]
public sealed class CancelScannerSubscription : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_SCANNER_PARAMETERS (24), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.ReqScannerParameters, "req_scanner_parameters")]
public sealed class ReqScannerParameters : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}
