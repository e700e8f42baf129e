using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Wire vectors for bars, history metadata and historical ticks, written from the official v200 layouts.</summary>
public class HistoryVectors
{
    [Fact]
    public void Realtime_bar_carries_wap_and_count()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "50|3|4|1775931125|189.10|189.25|189.05|189.20|1200|189.1523|37|",
            """{"req_id":4,"time":1775931125,"open":"189.10","high":"189.25","low":"189.05","close":"189.20","volume":"1200","wap":"189.1523","count":37}""");
    }

    [Fact]
    public void Historical_data_update_is_id_90_with_close_before_high_and_wap_before_volume()
    {
        var bar = (HistoricalDataUpdate)WireVectors.AssertVector(
            Direction.Server,
            "90|9|15|20260402 09:35:00 US/Eastern|252.53|252.75|253.00|252.00|252.61|100|",
            """{"req_id":9,"bar_count":15,"time":"20260402 09:35:00 US/Eastern","open":"252.53","close":"252.75","high":"253.00","low":"252.00","wap":"252.61","volume":"100"}""");
        Assert.Equal(253.00m, bar.High);
        Assert.Equal(100m, bar.Volume);
    }

    [Fact]
    public void Historical_data_end_is_id_108_with_the_range()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "108|9|20260401 16:00:00 US/Eastern|20260402 16:00:00 US/Eastern|",
            """{"req_id":9,"start":"20260401 16:00:00 US/Eastern","end":"20260402 16:00:00 US/Eastern"}""");
    }

    [Fact]
    public void Head_timestamp_and_histogram()
    {
        WireVectors.AssertVector(Direction.Server, "88|11|19801212 14:30:00|", """{"req_id":11,"timestamp":"19801212 14:30:00"}""");
        WireVectors.AssertVector(
            Direction.Server,
            "89|12|2|189.10|1200|189.20||",
            """{"req_id":12,"entries":[{"price":"189.10","size":"1200"},{"price":"189.20","size":""}]}""");
    }

    [Fact]
    public void Histogram_count_beyond_the_frame_is_rejected()
    {
        Assert.Throws<ProtocolException>(() => WireVectors.DecodeServer<HistogramData>("89|12|5|189.10|1200|"));
    }

    [Fact]
    public void Historical_schedule_lists_sessions()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "106|16|20260310-09:30:00|20260311-16:00:00|US/Eastern|2|20260310-09:30:00|20260310-16:00:00|20260310|20260311-09:30:00|20260311-16:00:00|20260311|",
            """{"req_id":16,"start_date_time":"20260310-09:30:00","end_date_time":"20260311-16:00:00","time_zone":"US/Eastern","sessions":[{"start_date_time":"20260310-09:30:00","end_date_time":"20260310-16:00:00","ref_date":"20260310"},{"ref_date":"20260311"}]}""");
        WireVectors.AssertVector(Direction.Server, "106|17|||Europe/London|0|", """{"req_id":17,"time_zone":"Europe/London","sessions":[]}""");
    }

    [Fact]
    public void Historical_ticks_midpoint_keep_the_attribute_slot()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "96|13|2|1775931125|0|189.11|0|1775931126|0|189.115|0|1|",
            """{"req_id":13,"ticks":[{"time":1775931125,"tick_attrib":0,"price":"189.11","size":"0"},{"time":1775931126,"price":"189.115"}],"done":true}""");
    }

    [Fact]
    public void Historical_ticks_bid_ask()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "97|14|1|1775931125|3|189.10|189.12|300|200|0|",
            """{"req_id":14,"ticks":[{"time":1775931125,"tick_attrib":3,"bid_price":"189.10","ask_price":"189.12","bid_size":"300","ask_size":"200"}],"done":false}""");
    }

    [Fact]
    public void Historical_ticks_last()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "98|15|2|1775931125|0|189.11|100|NASDAQ| T|1775931126|2|189.12|5|FINRA|@ 4 I|1|",
            """{"req_id":15,"ticks":[{"time":1775931125,"tick_attrib":0,"price":"189.11","size":"100","exchange":"NASDAQ","special_conditions":" T"},{"tick_attrib":2,"size":"5","exchange":"FINRA","special_conditions":"@ 4 I"}],"done":true}""");
    }

    [Fact]
    public void Historical_data_end_accepts_the_older_form_without_an_end_string()
    {
        var end = WireVectors.DecodeServer<HistoricalDataEnd>("108|4|20260407 08:52:59 US/Eastern|");
        Assert.Equal(4, end.ReqId);
        Assert.Equal("20260407 08:52:59 US/Eastern", end.StartDateStr);
        Assert.Equal(string.Empty, end.EndDateStr);
    }
}
