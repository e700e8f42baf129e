using Ibkr.Protocol.Tests.Support;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Wire;

public class WireFieldsTests
{
    [Fact]
    public void Split_gives_every_field_including_empty_ones()
    {
        var payload = WireVectors.Payload("9|1||7|");
        var ranges = new Range[8];
        var count = WireFields.Split(payload, ranges);
        Assert.Equal(4, count);
        Assert.Equal(["9", "1", string.Empty, "7"], ranges[..count].Select(r => System.Text.Encoding.ASCII.GetString(payload[r])));
    }

    [Theory]
    [InlineData("", "empty payload")]
    [InlineData("9|1", "payload does not end with a NUL terminator")]
    [InlineData("1|2|3|4|", "payload has more than 3 fields")]
    public void Split_refuses_bad_payloads(string fields, string reason)
    {
        var error = Assert.Throws<ProtocolException>(() => WireFields.Split(WireVectors.Payload(fields), new Range[3]));
        Assert.Equal(reason, error.Reason);
    }
}
