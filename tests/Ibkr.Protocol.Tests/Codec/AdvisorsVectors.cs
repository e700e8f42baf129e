using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Financial-advisor replies: wire vectors written from the official v200 layouts.</summary>
public class AdvisorsVectors
{
    [Fact]
    public void Receive_fa_carries_the_data_type_and_the_xml() =>
        WireVectors.AssertVector(
            Direction.Server,
            "16|1|1|<?xml version=\"1.0\"?><ListOfGroups><Group><name>All</name></Group></ListOfGroups>|",
            """{"fa_data_type":1,"xml":"<?xml version=\"1.0\"?><ListOfGroups><Group><name>All</name></Group></ListOfGroups>"}""");

    [Fact]
    public void Replace_fa_end_is_request_id_and_text_without_version()
    {
        var end = (ReplaceFaEnd)WireVectors.AssertVector(Direction.Server, "103|12|FA groups replaced|", """{"req_id":12,"text":"FA groups replaced"}""");
        Assert.Equal(InMsg.ReplaceFaEnd, end.Descriptor.Id);
    }
}
