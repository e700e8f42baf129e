using System.Text;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>The handshake's payloads: version range and server info.</summary>
public class HandshakeValueTests
{
    [Fact]
    public void Default_range_is_v200_200_without_terminator()
    {
        Assert.Equal("v200..200"u8.ToArray(), VersionRange.Default.ToPayload());
    }

    [Theory]
    [InlineData("v200..200", 200, 200, "")]
    [InlineData("v100..200", 100, 200, "")]
    [InlineData("v200", 200, 200, "")]
    [InlineData("v100..200 +PACEAPI", 100, 200, "+PACEAPI")]
    public void Version_range_parses(string text, int min, int max, string connectOptions)
    {
        var range = VersionRange.Parse(Encoding.ASCII.GetBytes(text), out var options);
        Assert.Equal(new VersionRange(min, max), range);
        Assert.Equal(connectOptions, options);
    }

    [Theory]
    [InlineData("")]
    [InlineData("200..200")]
    [InlineData("v")]
    [InlineData("v200..")]
    [InlineData("v..200")]
    [InlineData("vabc..200")]
    [InlineData("v200..200\0")]
    [InlineData("v201..200")]
    public void Malformed_version_range_throws(string text)
    {
        Assert.Throws<ProtocolException>(() => VersionRange.Parse(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void Server_info_reads_version_and_time_and_ignores_extra_fields()
    {
        var info = ServerInfo.Parse(Encoding.ASCII.GetBytes("200\0" + TestGateway.ConnectionTime + "\0extra\0"));
        Assert.Equal(new ServerInfo(200, TestGateway.ConnectionTime), info);
    }

    [Fact]
    public void Server_info_payload_has_no_message_id()
    {
        // framing.md step 3: 00 00 00 35, "200\0", the connection time, NUL.
        var frame = FrameWriter.Frame(new ServerInfo(200, TestGateway.ConnectionTime).ToPayload());
        Assert.Equal([0x00, 0x00, 0x00, 0x35], frame[..4]);
        Assert.Equal("200\0"u8.ToArray(), frame[4..8]);
    }

    [Theory]
    [InlineData("200\0")]
    [InlineData("200\0time")]
    [InlineData("abc\0time\0")]
    [InlineData("\0time\0")]
    [InlineData("-5\0time\0")]
    public void Malformed_server_info_throws(string text)
    {
        Assert.Throws<ProtocolException>(() => ServerInfo.Parse(Encoding.ASCII.GetBytes(text)));
    }
}
