using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>
/// Client wire vectors for news, advisor, display-group, WSH, verification and session requests, written
/// from EClient at v200.
/// </summary>
public class SessionRequestVectors
{
    [Theory]
    [InlineData("12|1|1|", """{"all_messages":true}""")]
    [InlineData("13|1|", "{}")]
    [InlineData("84|23|BRFG|BRFG$12345||", """{"req_id":23,"provider_code":"BRFG","article_id":"BRFG$12345","news_article_options":""}""")]
    [InlineData("85|", "{}")]
    [InlineData("86|24|265598|BRFG+DJNL|2026-04-01 00:00:00.0|2026-04-02 00:00:00.0|10||", """{"req_id":24,"con_id":265598,"provider_codes":"BRFG+DJNL","start_time":"2026-04-01 00:00:00.0","end_time":"2026-04-02 00:00:00.0","total_results":10,"historical_news_options":""}""")]
    public void News_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);

    [Theory]
    [InlineData("18|1|1|", """{"fa_data_type":1}""")]
    [InlineData("19|1|1|<ListOfGroups><Group><name>G1</name></Group></ListOfGroups>|42|", """{"fa_data_type":1,"xml":"<ListOfGroups><Group><name>G1</name></Group></ListOfGroups>","req_id":42}""")]
    public void Advisor_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);

    [Theory]
    [InlineData("67|1|16|", """{"req_id":16}""")]
    [InlineData("68|1|16|4|", """{"req_id":16,"group_id":4}""")]
    [InlineData("69|1|16|265598@SMART|", """{"req_id":16,"contract_info":"265598@SMART"}""")]
    [InlineData("70|1|16|", """{"req_id":16}""")]
    public void Display_group_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);

    [Theory]
    [InlineData("100|31|", """{"req_id":31}""")]
    [InlineData("101|31|", """{"req_id":31}""")]
    [InlineData("102|32|265598||0|1|0|20260401|20260430|10|", """{"req_id":32,"con_id":265598,"filter":"","fill_watchlist":false,"fill_portfolio":true,"fill_competitors":false,"start_date":"20260401","end_date":"20260430","total_limit":10}""")]
    [InlineData("102|32|2147483647|{\"watchlist\":[\"8314\"]}|0|0|0|||2147483647|", """{"req_id":32,"con_id":2147483647,"filter":"{\"watchlist\":[\"8314\"]}","total_limit":2147483647}""")]
    [InlineData("103|32|", """{"req_id":32}""")]
    public void Wall_street_horizon_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);

    [Theory]
    [InlineData("14|1|5|", """{"log_level":5}""")]
    [InlineData("49|1|", "{}")]
    [InlineData("105|", "{}")]
    [InlineData("65|1|MyApi|1.0|", """{"api_name":"MyApi","api_version":"1.0"}""")]
    [InlineData("66|1|data|", """{"api_data":"data"}""")]
    [InlineData("72|1|MyApi|1.0|key|", """{"api_name":"MyApi","api_version":"1.0","opaque_isv_key":"key"}""")]
    [InlineData("73|1|data|resp|", """{"api_data":"data","xyz_response":"resp"}""")]
    public void Session_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);

    [Fact]
    public void Every_non_order_client_request_is_cataloged()
    {
        int[] ids =
        [
            1, 2, 6, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20, 22, 23, 24, 25, 49, 50, 51, 52, 53, 54, 55, 56, 57, 59, 61, 62, 63, 64,
            65, 66, 67, 68, 69, 70, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94,
            95, 96, 97, 98, 100, 101, 102, 103, 104, 105,
        ];
        Assert.All(ids, id => Assert.NotNull(MessageCatalog.Find(Direction.Client, id)));
    }
}
