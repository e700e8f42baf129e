using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Wire vectors for scanner replies, written from the official v200 layouts.</summary>
public class ScannerVectors
{
    [Fact]
    public void Scanner_parameters_is_one_xml_field()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "19|1|<ScanParameterResponse><InstrumentList varName=\"fullInstrumentList\"/></ScanParameterResponse>|",
            """{"xml":"<ScanParameterResponse><InstrumentList varName=\"fullInstrumentList\"/></ScanParameterResponse>"}""");
    }

    [Fact]
    public void Scanner_data_entries_have_market_name_and_no_multiplier()
    {
        var data = (ScannerData)WireVectors.AssertVector(
            Direction.Server,
            "20|3|21|2|0|265598|AAPL|STK||0||SMART|USD|AAPL|NMS|AAPL|||||1|8314|IBM|STK||0||SMART|USD|IBM|NYSE|IBM||||BAG legs|",
            """
            {"req_id":21,"entries":[
              {"rank":0,"contract":{"con_id":265598,"symbol":"AAPL","sec_type":"STK","expiry":"","strike":"0","right":"","exchange":"SMART","currency":"USD","local_symbol":"AAPL","trading_class":"AAPL"},"market_name":"NMS","distance":"","benchmark":"","projection":"","legs_str":""},
              {"rank":1,"contract":{"con_id":8314,"exchange":"SMART","local_symbol":"IBM","trading_class":"IBM"},"market_name":"NYSE","legs_str":"BAG legs"}]}
            """);
        Assert.Equal("NMS", data.Entries[0].MarketName);
        var entry = MessageJson.ToJson(data)["entries"]![0]!["contract"]!.AsObject();
        Assert.False(entry.ContainsKey("multiplier"));
    }

    [Fact]
    public void Scanner_data_may_be_empty()
    {
        WireVectors.AssertVector(Direction.Server, "20|3|22|0|", """{"req_id":22,"entries":[]}""");
    }
}
