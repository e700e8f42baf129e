using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>START_API wire vectors (framing.md section 4, step 4).</summary>
public class SessionStartVectors
{
    [Fact]
    public void Start_api_is_version_2_with_client_id_and_empty_capabilities()
    {
        // Live capture (framing.md step 4): 00 00 00 08 "71\0 2\0 1\0 \0".
        var start = (StartApi)WireVectors.AssertVector(Direction.Client, "71|2|1||", """{"client_id":1,"optional_capabilities":""}""");
        Assert.Equal(1, start.ClientId);
    }

    [Fact]
    public void Start_api_carries_capabilities_as_text()
    {
        WireVectors.AssertVector(Direction.Client, "71|2|42|cap one|", """{"client_id":42,"optional_capabilities":"cap one"}""");
    }
}
