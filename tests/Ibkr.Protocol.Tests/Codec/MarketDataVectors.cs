using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Wire vectors for the reqMktData replies, written from the official v200 layouts.</summary>
public class MarketDataVectors
{
    [Fact]
    public void Tick_option_computation_has_no_version_and_carries_the_attribute()
    {
        var tick = (TickOptionComputation)WireVectors.AssertVector(
            Direction.Server,
            "21|5001|13|1|0.2531|0.5012|3.45|0.0|0.0213|0.1120|-0.0345|189.10|",
            """{"req_id":5001,"tick_type":13,"tick_attrib":1,"implied_vol":"0.2531","delta":"0.5012","opt_price":"3.45","pv_dividend":"0.0","gamma":"0.0213","vega":"0.1120","theta":"-0.0345","und_price":"189.10"}""");
        Assert.Equal(189.10m, tick.UndPrice);
    }

    [Fact]
    public void Tick_option_computation_keeps_not_computed_markers_as_values()
    {
        var tick = (TickOptionComputation)WireVectors.AssertVector(
            Direction.Server,
            "21|5001|10|0|-1|-2|-1|-1|-2|-2|-2|-1|",
            """{"tick_type":10,"tick_attrib":0,"implied_vol":"-1","delta":"-2","opt_price":"-1","pv_dividend":"-1","gamma":"-2","vega":"-2","theta":"-2","und_price":"-1"}""");
        Assert.Equal(-2m, tick.Delta);
    }

    [Fact]
    public void Tick_option_computation_reads_double_max_as_unset()
    {
        var tick = WireVectors.DecodeServer<TickOptionComputation>(
            "21|5001|13|1|1.7976931348623157E308|0.5|1.7976931348623157E308|0|0.02|0.11|-0.03|1.7976931348623157E308|");
        Assert.Null(tick.ImpliedVol);
        Assert.Null(tick.OptPrice);
        Assert.Null(tick.UndPrice);
        Assert.Equal(0.5m, tick.Delta);
        Assert.Equal("21|5001|13|1||0.5||0|0.02|0.11|-0.03||", WireVectors.Encode(tick));
    }

    [Fact]
    public void Tick_generic_and_tick_string()
    {
        WireVectors.AssertVector(Direction.Server, "45|6|1001|49|0|", """{"req_id":1001,"field":49,"value":"0"}""");
        WireVectors.AssertVector(
            Direction.Server,
            "46|6|1001|48|189.12;100;1775931128000;2829736;189.0412;true|",
            """{"req_id":1001,"field":48,"value":"189.12;100;1775931128000;2829736;189.0412;true"}""");
    }

    [Fact]
    public void Tick_efp_carries_every_official_field()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "47|6|1001|38|12.5|12.50 (0.13%)|5123.25|45|20260619|1.25|3.75|",
            """{"req_id":1001,"field":38,"basis_points":"12.5","formatted_basis_points":"12.50 (0.13%)","implied_futures_price":"5123.25","hold_days":45,"future_last_trade_date":"20260619","dividend_impact":"1.25","dividends_to_last_trade_date":"3.75"}""");
    }

    [Fact]
    public void Snapshot_end_and_market_data_type_carry_a_version()
    {
        WireVectors.AssertVector(Direction.Server, "57|1|1001|", """{"req_id":1001}""");
        WireVectors.AssertVector(Direction.Server, "58|1|1001|3|", """{"req_id":1001,"data_type":3}""");
    }

    [Fact]
    public void Tick_req_params_has_no_version()
    {
        WireVectors.AssertVector(Direction.Server, "81|1002|0.0001|ARCA|0|", """{"req_id":1002,"min_tick":"0.0001","bbo_exchange":"ARCA","snapshot_permissions":0}""");
        var unset = WireVectors.DecodeServer<TickReqParams>("81|1002|1.7976931348623157E308|SMART|3|");
        Assert.Null(unset.MinTick);
    }

    [Fact]
    public void Tick_news_unescapes_the_headline()
    {
        var news = (TickNews)WireVectors.AssertVector(
            Direction.Server,
            """84|1001|1775931128000|BZ|BZ$1a2b3c|Caf\u00e9 chain beats estimates|K:0.97|""",
            """{"req_id":1001,"time_stamp":1775931128000,"provider_code":"BZ","article_id":"BZ$1a2b3c","headline":"Café chain beats estimates","extra_data":"K:0.97"}""");
        Assert.Equal("Café chain beats estimates", news.Headline);
    }

    [Fact]
    public void Reroute_mkt_data_req()
    {
        WireVectors.AssertVector(Direction.Server, "91|1001|12087792|IDEALPRO|", """{"req_id":1001,"con_id":12087792,"exchange":"IDEALPRO"}""");
    }

    [Fact]
    public void Tick_by_tick_last_and_all_last()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "99|7|1|1775931128|189.12|100|2|NASDAQ|@ T|",
            """{"req_id":7,"tick_type":1,"time":1775931128,"price":"189.12","size":"100","tick_attrib_last":2,"exchange":"NASDAQ","special_conditions":"@ T"}""");
        WireVectors.AssertVector(
            Direction.Server,
            "99|7|2|1775931129|189.13|0.5|0|ARCA||",
            """{"tick_type":2,"price":"189.13","size":"0.5","tick_attrib_last":0,"exchange":"ARCA","special_conditions":""}""");
    }

    [Fact]
    public void Tick_by_tick_bid_ask()
    {
        var tick = WireVectors.AssertVector(
            Direction.Server,
            "99|7|3|1775931128|189.10|189.12|300|200|1|",
            """{"req_id":7,"tick_type":3,"time":1775931128,"bid_price":"189.10","ask_price":"189.12","bid_size":"300","ask_size":"200","tick_attrib_bid_ask":1}""");
        Assert.False(MessageJson.ToJson(tick).ContainsKey("price"));
    }

    [Fact]
    public void Tick_by_tick_midpoint_and_none()
    {
        var mid = WireVectors.AssertVector(Direction.Server, "99|7|4|1775931128|189.11|", """{"req_id":7,"tick_type":4,"time":1775931128,"mid_point":"189.11"}""");
        Assert.False(MessageJson.ToJson(mid).ContainsKey("bid_price"));
        var none = WireVectors.AssertVector(Direction.Server, "99|7|0|1775931128|", """{"req_id":7,"tick_type":0,"time":1775931128}""");
        Assert.False(MessageJson.ToJson(none).ContainsKey("mid_point"));
    }
}
