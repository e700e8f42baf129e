using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Client wire vectors for market data, depth and tick-by-tick requests, written from EClient at v200.</summary>
public class MarketDataRequestVectors
{
    private const string Aapl = "265598|AAPL|STK||0|||SMART|NASDAQ|USD|AAPL|NMS|";

    [Fact]
    public void Req_quote_sends_the_contract_generic_ticks_and_flags()
    {
        const string fields = "1|11|1001|" + Aapl + "0|233,236|0|0||";
        var m = (ReqMktData)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":1001,"contract":{"con_id":265598,"symbol":"AAPL","sec_type":"STK","expiry":"","strike":"0","exchange":"SMART",
             "primary_exchange":"NASDAQ","currency":"USD","local_symbol":"AAPL","trading_class":"NMS","delta_neutral_present":false},
             "generic_ticks":["233","236"],"snapshot":false,"regulatory_snapshot":false,"mkt_data_options":""}
            """);
        Assert.Equal(20, RequestFields.Count(fields));
        Assert.Equal("req_quote", m.Descriptor.Name);
    }

    [Fact]
    public void Req_quote_for_a_bag_sends_the_short_legs_and_a_delta_neutral_block()
    {
        WireVectors.AssertVector(
            Direction.Client,
            "1|11|7|0|SPY|BAG||0|||SMART||USD|||2|43645865|1|BUY|SMART|9408|1|SELL|SMART|1|756733|0.5|450.25||1|0|XYZ=1;|",
            """
            {"req_id":7,"contract":{"sec_type":"BAG","delta_neutral_present":true,"delta_neutral":{"con_id":756733,"delta":"0.5","price":"450.25"}},
             "combo_legs":[{"con_id":43645865,"ratio":1,"action":"BUY","exchange":"SMART"},{"con_id":9408,"action":"SELL"}],
             "generic_ticks":[],"snapshot":true,"mkt_data_options":"XYZ=1;"}
            """);
    }

    [Fact]
    public void Cancel_quote_and_market_data_type()
    {
        WireVectors.AssertVector(Direction.Client, "2|1|1001|", """{"req_id":1001}""");
        WireVectors.AssertVector(Direction.Client, "59|1|3|", """{"data_type":3}""");
    }

    [Fact]
    public void Req_market_depth_has_primary_exchange_rows_and_smart_depth()
    {
        const string fields = "10|5|3|" + Aapl + "10|1||";
        var m = WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":3,"contract":{"exchange":"SMART","primary_exchange":"NASDAQ","currency":"USD","trading_class":"NMS"},"num_rows":10,"is_smart_depth":true,"mkt_depth_options":""}""");
        Assert.Equal(18, RequestFields.Count(fields));
        Assert.Equal("req_market_depth", m.Descriptor.Name);
    }

    [Fact]
    public void Cancel_market_depth_carries_the_smart_depth_flag()
    {
        var m = WireVectors.AssertVector(Direction.Client, "11|1|3|1|", """{"req_id":3,"is_smart_depth":true}""");
        Assert.Equal("cancel_market_depth", m.Descriptor.Name);
        WireVectors.AssertVector(Direction.Client, "82|", "{}");
    }

    [Fact]
    public void Req_tick_by_tick_has_no_include_expired()
    {
        const string fields = "97|30|265598|AAPL|STK||0|||SMART|NASDAQ|USD|||AllLast|0|0|";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":30,"contract":{"con_id":265598,"symbol":"AAPL","exchange":"SMART"},"tick_type":"AllLast","number_of_ticks":0,"ignore_size":false}""");
        Assert.Equal(17, RequestFields.Count(fields));
        WireVectors.AssertVector(Direction.Client, "98|30|", """{"req_id":30}""");
    }
}

/// <summary>Counting helpers for request vectors.</summary>
internal static class RequestFields
{
    /// <summary>The number of NUL-terminated fields (including the message id) in a <c>|</c> vector.</summary>
    public static int Count(string fields) => fields.Count(c => c == '|');
}
