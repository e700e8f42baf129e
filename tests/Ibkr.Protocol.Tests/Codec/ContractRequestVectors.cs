using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Client wire vectors for contract, fundamental and option-calculation requests, from EClient at v200.</summary>
public class ContractRequestVectors
{
    [Fact]
    public void Req_contract_details_ends_with_sec_id_and_issuer_id()
    {
        const string fields = "9|8|4|0|AAPL|STK||0|||SMART|NASDAQ|USD|||1|ISIN|US0378331005||";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":4,"contract":{"con_id":0,"symbol":"AAPL","sec_type":"STK","strike":"0","exchange":"SMART","primary_exchange":"NASDAQ",
             "currency":"USD","include_expired":true,"sec_id_type":"ISIN","sec_id":"US0378331005","issuer_id":""}}
            """);
        Assert.Equal(19, RequestFields.Count(fields));
    }

    [Fact]
    public void Req_fundamental_data_is_version_3_with_a_short_contract_and_options()
    {
        const string fields = "52|3|12|265598|AAPL|STK|SMART|NASDAQ|USD|AAPL|ReportsFinSummary||";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":12,"contract":{"con_id":265598,"symbol":"AAPL","sec_type":"STK","exchange":"SMART","primary_exchange":"NASDAQ",
             "currency":"USD","local_symbol":"AAPL"},"report_type":"ReportsFinSummary","fundamental_data_options":""}
            """);
        Assert.Equal(12, RequestFields.Count(fields));
        WireVectors.AssertVector(Direction.Client, "53|1|12|", """{"req_id":12}""");
    }

    [Fact]
    public void Calc_implied_volatility_puts_the_option_price_right_after_trading_class()
    {
        const string fields = "54|3|13|0|AAPL|OPT|20260619|200|C|100|SMART||USD|||12.5|205.30||";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":13,"contract":{"expiry":"20260619","strike":"200","right":"C","multiplier":"100"},"option_price":"12.5","under_price":"205.30","impl_vol_options":""}""");
        Assert.Equal(18, RequestFields.Count(fields));
    }

    [Fact]
    public void Calc_option_price_puts_the_volatility_right_after_trading_class()
    {
        const string fields = "55|3|14|0|AAPL|OPT|20260619|200|P|100|SMART||USD|AAPL  260619P00200000|AAPL|0.25|205.3||";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":14,"contract":{"right":"P","local_symbol":"AAPL  260619P00200000","trading_class":"AAPL"},"volatility":"0.25","under_price":"205.3","opt_prc_options":""}""");
        Assert.Equal(18, RequestFields.Count(fields));
        WireVectors.AssertVector(Direction.Client, "56|1|13|", """{"req_id":13}""");
        WireVectors.AssertVector(Direction.Client, "57|1|14|", """{"req_id":14}""");
    }

    [Theory]
    [InlineData("78|19|AAPL||STK|265598|", """{"req_id":19,"underlying_symbol":"AAPL","fut_fop_exchange":"","underlying_sec_type":"STK","underlying_con_id":265598}""")]
    [InlineData("80|", "{}")]
    [InlineData("81|21|AAP|", """{"req_id":21,"pattern":"AAP"}""")]
    [InlineData("83|22|9c0001|", """{"req_id":22,"bbo_exchange":"9c0001"}""")]
    [InlineData("91|26|", """{"market_rule_id":26}""")]
    public void Reference_data_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);
}
