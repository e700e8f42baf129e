using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Client wire vectors for historical data, real-time bars, head timestamp, histogram and ticks.</summary>
public class HistoryRequestVectors
{
    private const string Aapl = "265598|AAPL|STK||0|||SMART|NASDAQ|USD|AAPL|NMS|";

    [Fact]
    public void Req_historical_bars_puts_bar_size_before_duration()
    {
        const string fields = "20|9|" + Aapl + "0|20260402-20:00:00|1 day|5 D|1|TRADES|1|0||";
        var m = (ReqHistoricalData)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":9,"contract":{"con_id":265598,"symbol":"AAPL","primary_exchange":"NASDAQ","include_expired":false},
             "end_time":"20260402-20:00:00","bar_size":"1 day","duration":"5 D","use_rth":true,"what_to_show":"TRADES",
             "format_date":1,"keep_up_to_date":false,"chart_options":""}
            """);
        Assert.Equal(23, RequestFields.Count(fields));
        Assert.Equal("req_historical_bars", m.Descriptor.Name);
        Assert.Empty(m.ComboLegs);
    }

    [Fact]
    public void Req_historical_bars_for_a_bag_sends_the_legs_before_keep_up_to_date()
    {
        const string fields = "20|10|0|SPY|BAG||0|||SMART||USD|||0||1 hour|1 D|0|TRADES|2|2|43645865|1|BUY|SMART|9408|2|SELL|SMART|1||";
        var m = (ReqHistoricalData)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":10,"contract":{"sec_type":"BAG"},"end_time":"","bar_size":"1 hour","use_rth":false,"format_date":2,
             "combo_legs":[{"con_id":43645865,"ratio":1,"action":"BUY","exchange":"SMART"},{"con_id":9408,"ratio":2,"action":"SELL","exchange":"SMART"}],
             "keep_up_to_date":true,"chart_options":""}
            """);
        Assert.Equal(2, m.ComboLegs.Count);
        Assert.Equal(32, RequestFields.Count(fields));
    }

    [Fact]
    public void Req_historical_bars_matches_bag_case_insensitively_like_the_official_client()
    {
        var m = (ReqHistoricalData)WireVectors.AssertVector(
            Direction.Client,
            "20|11|0|SPY|bag||0|||SMART||USD|||0||1 hour|1 D|0|TRADES|1|1|43645865|1|BUY|SMART|0||",
            """{"req_id":11,"combo_legs":[{"con_id":43645865,"ratio":1,"action":"BUY","exchange":"SMART"}],"keep_up_to_date":false}""");
        Assert.Single(m.ComboLegs);
    }

    [Fact]
    public void Cancels_of_bars_and_timestamps()
    {
        WireVectors.AssertVector(Direction.Client, "25|1|9|", """{"req_id":9}""");
        WireVectors.AssertVector(Direction.Client, "51|1|11|", """{"req_id":11}""");
        WireVectors.AssertVector(Direction.Client, "89|26|", """{"req_id":26}""");
        WireVectors.AssertVector(Direction.Client, "90|25|", """{"req_id":25}""");
    }

    [Fact]
    public void Req_realtime_bars_sends_the_bar_size()
    {
        const string fields = "50|3|11|" + Aapl + "5|MIDPOINT|0||";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":11,"contract":{"symbol":"AAPL","local_symbol":"AAPL"},"bar_size":5,"what_to_show":"MIDPOINT","use_rth":false,"realtime_bars_options":""}""");
        Assert.Equal(19, RequestFields.Count(fields));
    }

    [Fact]
    public void Req_head_timestamp_sends_use_rth_before_what_to_show()
    {
        const string fields = "87|25|265598|AAPL|STK||0|||SMART|NASDAQ|USD|||1|1|TRADES|2|";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"req_id":25,"contract":{"include_expired":true},"use_rth":true,"what_to_show":"TRADES","format_date":2}""");
        Assert.Equal(18, RequestFields.Count(fields));
    }

    [Fact]
    public void Req_histogram_data_sends_a_period()
    {
        WireVectors.AssertVector(
            Direction.Client,
            "88|26|265598|AAPL|STK||0|||SMART|NASDAQ|USD|||0|1|3 days|",
            """{"req_id":26,"contract":{"currency":"USD"},"use_rth":true,"period":"3 days"}""");
    }

    [Fact]
    public void Req_historical_ticks_sends_times_count_and_flags()
    {
        const string fields = "96|29|265598|AAPL|STK||0|||SMART|NASDAQ|USD|||0|20260402 09:30:00 US/Eastern||1000|BID_ASK|1|1||";
        WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"req_id":29,"contract":{"con_id":265598,"sec_type":"STK"},"start_time":"20260402 09:30:00 US/Eastern","end_time":"",
             "number_of_ticks":1000,"what_to_show":"BID_ASK","use_rth":true,"ignore_size":true,"misc_options":""}
            """);
        Assert.Equal(22, RequestFields.Count(fields));
    }
}
