using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Wire vectors for reqMktDepth replies, written from the official v200 layouts.</summary>
public class DepthVectors
{
    [Fact]
    public void Market_depth_row()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "12|6|3|0|1|1|189.10|300|",
            """{"req_id":3,"position":0,"operation":1,"side":1,"price":"189.10","size":"300"}""");
        var delete = (MarketDepth)WireVectors.AssertVector(Direction.Server, "12|6|3|4|2|0|0||", """{"operation":2,"side":0,"size":""}""");
        Assert.Null(delete.Size);
    }

    [Fact]
    public void Market_depth_l2_ends_with_is_smart_depth()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "13|6|3|2|NSDQ|1|0|189.12|100|1|",
            """{"req_id":3,"position":2,"market_maker":"NSDQ","operation":1,"side":0,"price":"189.12","size":"100","is_smart_depth":true}""");
        WireVectors.AssertVector(Direction.Server, "13|6|3|0|ARCA|0|1|189.09|5|0|", """{"market_maker":"ARCA","is_smart_depth":false}""");
    }

    [Fact]
    public void Mkt_depth_exchanges_lists_five_fields_each()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "80|2|NASDAQ|STK|NASDAQ|Deep2||ARCA|STK|NYSE|Deep|1|",
            """{"exchanges":[{"exchange":"NASDAQ","sec_type":"STK","listing_exch":"NASDAQ","service_data_type":"Deep2","agg_group":""},{"exchange":"ARCA","listing_exch":"NYSE","service_data_type":"Deep","agg_group":1}]}""");
        var unset = WireVectors.DecodeServer<MktDepthExchanges>("80|1|IEX|STK||Deep|2147483647|");
        Assert.Null(unset.Exchanges[0].AggGroup);
    }

    [Fact]
    public void Reroute_mkt_depth_req_is_id_92()
    {
        WireVectors.AssertVector(Direction.Server, "92|9|265598|NASDAQ|", """{"req_id":9,"con_id":265598,"exchange":"NASDAQ"}""");
    }
}
