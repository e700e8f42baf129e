using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Client wire vectors for the market scanner, written from EClient.reqScannerSubscription at v200.</summary>
public class ScannerRequestVectors
{
    [Fact]
    public void Req_scanner_subscription_sends_fifteen_legacy_filters_then_both_option_strings()
    {
        const string fields =
            "22|5|50|STK|STK.US.MAJOR|TOP_PERC_GAIN|" // req_id, rows, instrument, location, scan code
            + "5||1000|||" // above/below price, above volume, market cap above/below
            + "||||||" // moody, S&P and maturity ranges
            + "||0|" // coupon range, exclude convertible
            + "||" // average option volume above, scanner setting pairs
            + "CORP|priceAbove=5;|xyz=1;|"; // stock type filter, filter options, subscription options
        var m = (ReqScannerSubscription)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":5,"number_of_rows":50,"instrument":"STK","location_code":"STK.US.MAJOR","scan_code":"TOP_PERC_GAIN",
             "above_price":"5","below_price":"","above_volume":1000,"market_cap_above":"","coupon_rate_below":"",
             "exclude_convertible":false,"average_option_volume_above":"","scanner_setting_pairs":"","stock_type_filter":"CORP",
             "scanner_filter_options":"priceAbove=5;","scanner_options":"xyz=1;"}
            """);
        Assert.Equal(25, RequestFields.Count(fields));
        Assert.Null(m.BelowPrice);
        Assert.Null(m.AverageOptionVolumeAbove);
    }

    [Fact]
    public void Req_scanner_subscription_keeps_the_official_minus_one_row_default()
    {
        const string fields = "22|6|-1|STK|STK.US|HOT_BY_VOLUME|1.5|100.25||||||AAA|||||0.5|1|200|||||";
        var m = (ReqScannerSubscription)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":6,"number_of_rows":-1,"above_price":"1.5","below_price":"100.25","sp_rating_above":"AAA","coupon_rate_below":"0.5","exclude_convertible":true,"average_option_volume_above":200}""");
        Assert.Equal(-1, m.NumberOfRows);
        Assert.Equal(25, RequestFields.Count(fields));
    }

    [Fact]
    public void Scanner_cancel_and_parameters()
    {
        WireVectors.AssertVector(Direction.Client, "23|1|5|", """{"req_id":5}""");
        WireVectors.AssertVector(Direction.Client, "24|1|", "{}");
    }
}
