using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Wire vectors written from the official v200 layouts.</summary>
public class MarketDataTickVectors
{
    [Fact]
    public void Tick_price_keeps_the_price_scale_and_the_size()
    {
        var tick = (TickPrice)WireVectors.AssertVector(Direction.Server, "1|6|1001|1|189.10|300|3|", """{"req_id":1001,"field":1,"price":"189.10","size":"300","attr_mask":3}""");
        Assert.Equal(189.10m, tick.Price);
        Assert.Equal("189.10", tick.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Tick_size_with_an_empty_size_is_unset()
    {
        var tick = (TickSize)WireVectors.AssertVector(Direction.Server, "2|6|7|74||", """{"req_id":7,"field":74,"size":""}""");
        Assert.Null(tick.Size);
    }

    [Fact]
    public void Historical_data_carries_every_bar()
    {
        var data = (HistoricalData)WireVectors.AssertVector(
            Direction.Server,
            "17|9|2|20260402 09:30:00 US/Eastern|254.20|254.80|250.65|252.53|2829736|252.9|1200|20260402 09:35:00 US/Eastern|252.53|253.00|252.00|252.75|100||7|",
            """{"req_id":9,"bars":[{"time":"20260402 09:30:00 US/Eastern","open":"254.20","volume":"2829736","count":1200},{"close":"252.75","wap":"","count":7}]}""");
        Assert.Equal(2, data.Bars.Count);
    }
}
