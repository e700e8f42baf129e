using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Tests.Support;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>
/// Wire → transcript JSON → wire for the layouts with branches or nested groups in this family set:
/// the JSON body alone is enough to rebuild the frame.
/// </summary>
public class MarketDataTranscriptVectors
{
    [Theory]
    [InlineData("99|7|1|1775931128|189.12|100|2|NASDAQ|@ T|")]
    [InlineData("99|7|3|1775931128|189.10|189.12|300|200|1|")]
    [InlineData("99|7|4|1775931128|189.11|")]
    [InlineData("99|7|0|1775931128|")]
    [InlineData("21|5001|10|0|-1|-2|-1|-1|-2|-2|-2|-1|")]
    [InlineData("20|3|21|1|0|265598|AAPL|STK||0||SMART|USD|AAPL|NMS|AAPL|||||")]
    [InlineData("80|2|NASDAQ|STK|NASDAQ|Deep2||ARCA|STK|NYSE|Deep|1|")]
    [InlineData("98|15|1|1775931125|0|189.11|100|NASDAQ| T|1|")]
    [InlineData("106|16|20260310-09:30:00|20260310-16:00:00|US/Eastern|1|20260310-09:30:00|20260310-16:00:00|20260310|")]
    [InlineData("84|1001|1775931128000|BZ|BZ$1a2b3c|Caf\\u00e9 chain|K:0.97|")]
    public void Transcript_json_rebuilds_the_frame(string fields)
    {
        var message = new MessageDecoder(Direction.Server).Decode(WireVectors.Payload(fields));
        // Through text, as a transcript line would be: JsonReadVisitor does not accept the int-backed
        // JsonValue nodes that ToJson builds (JsonValue<int>.TryGetValue<long> is false).
        var body = JsonNode.Parse(MessageJson.Serialize(MessageJson.ToJson(message)))!.AsObject();
        var rebuilt = MessageJson.FromJson(message.Descriptor, body);
        Assert.Equal(fields, WireVectors.Encode(rebuilt));
    }
}
