using System.Net;
using System.Net.Sockets;
using System.Text;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>Client and server handshake over real loopback sockets.</summary>
public class HandshakeTests
{
    [Fact(Timeout = 30_000)]
    public async Task Client_writes_exactly_the_documented_bytes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(clientId: 7), cancellationToken: ct);
        using var socket = await gateway.AcceptSocketAsync(ct);
        await using var stream = new NetworkStream(socket);

        // Steps 1 and 2: "API\0", then 00 00 00 09 "v200..200" (no NUL).
        var hello = new byte[17];
        await stream.ReadExactlyAsync(hello, ct);
        Assert.Equal([0x41, 0x50, 0x49, 0x00, 0x00, 0x00, 0x00, 0x09, .. "v200..200"u8.ToArray()], hello);

        // Step 3: the server info frame, no message id.
        await stream.WriteAsync(FrameWriter.Frame(Encoding.ASCII.GetBytes("200\0" + TestGateway.ConnectionTime + "\0")), ct);

        // Step 4: START_API "71\0 2\0 7\0 \0" (client id 7, empty capabilities).
        var start = new byte[12];
        await stream.ReadExactlyAsync(start, ct);
        Assert.Equal([0x00, 0x00, 0x00, 0x08, .. "71\u00002\u00007\u0000\u0000"u8.ToArray()], start);

        // Step 5: the live bootstrap frames.
        byte[] bootstrap =
        [
            0x00, 0x00, 0x00, 0x0F, .. "15\u00001\u0000DU9000001\u0000"u8.ToArray(),
            0x00, 0x00, 0x00, 0x06, .. "9\u00001\u00001\u0000"u8.ToArray(),
        ];
        await stream.WriteAsync(bootstrap, ct);

        await using var leg = await connecting;
        Assert.Equal(new ServerInfo(200, TestGateway.ConnectionTime), leg.ServerInfo);
        Assert.Equal(["DU9000001"], leg.Session.ManagedAccounts);
        Assert.Equal(1, leg.Session.NextValidOrderId);
        Assert.Equal(0, socket.Available);
    }

    [Fact(Timeout = 30_000)]
    public async Task Server_side_returns_the_client_id_and_capabilities()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var options = gateway.Options(clientId: 42);
        options.OptionalCapabilities = "cap";
        var connecting = GatewayLeg.ConnectAsync(options, cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);

        var request = await server.HandshakeAsync(cancellationToken: ct);
        await server.SendAsync(ct, TestGateway.NextId(5), TestGateway.Accounts("DU1", "DU2"));
        await using var leg = await connecting;

        Assert.Equal(new VersionRange(200, 200), request.Versions);
        Assert.Equal(string.Empty, request.ConnectOptions);
        Assert.Equal(42, request.ClientId);
        Assert.Equal("cap", request.OptionalCapabilities);
        Assert.Equal(["DU1", "DU2"], leg.Session.ManagedAccounts);
        Assert.Equal(5, leg.Session.NextValidOrderId);
    }

    [Fact(Timeout = 30_000)]
    public async Task Server_version_199_is_refused_as_final_and_start_api_is_not_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(), cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);

        await HandshakeServer.ReadPrefixAsync(server.Input, ct);
        await HandshakeServer.ReadVersionRangeAsync(server.Input, ct);
        await HandshakeServer.WriteServerInfoAsync(server.Output, new ServerInfo(199, TestGateway.ConnectionTime), ct);

        var ex = await Assert.ThrowsAsync<GatewayConnectException>(() => connecting);
        Assert.Equal(GatewayConnectFailure.UnsupportedServerVersion, ex.Reason);
        Assert.True(ex.IsFinal);
        Assert.Contains("199", ex.Message, StringComparison.Ordinal);
        await server.AssertClosedByClientAsync(ct);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("200\0")]
    [InlineData("abc\0time\0")]
    [InlineData("200\0time")]
    public async Task Malformed_server_info_fails_the_handshake(string serverInfo)
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(), cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);
        await HandshakeServer.ReadPrefixAsync(server.Input, ct);
        await HandshakeServer.ReadVersionRangeAsync(server.Input, ct);
        await server.SendRawAsync(FrameWriter.Frame(Encoding.ASCII.GetBytes(serverInfo)), ct);

        var ex = await Assert.ThrowsAsync<GatewayConnectException>(() => connecting);
        Assert.Equal(GatewayConnectFailure.HandshakeFailed, ex.Reason);
        Assert.False(ex.IsFinal);
        Assert.Contains("malformed server info", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Connection_closed_before_server_info_fails_the_handshake()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(), cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);
        await HandshakeServer.ReadPrefixAsync(server.Input, ct);
        server.Close();

        var ex = await Assert.ThrowsAsync<GatewayConnectException>(() => connecting);
        Assert.Equal(GatewayConnectFailure.HandshakeFailed, ex.Reason);
    }

    [Fact(Timeout = 30_000)]
    public async Task Nothing_listening_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        int port;
        using (var probe = new TestGateway())
        {
            port = probe.Port;
        }

        var options = new GatewayLegOptions { Host = "127.0.0.1", Port = port };
        var ex = await Assert.ThrowsAsync<GatewayConnectException>(() => GatewayLeg.ConnectAsync(options, cancellationToken: ct));
        Assert.Equal(GatewayConnectFailure.Refused, ex.Reason);
    }

    [Fact(Timeout = 30_000)]
    public async Task Server_side_rejects_a_wrong_prefix_naming_the_bytes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(IPAddress.Loopback, gateway.Port, ct);
        await using var server = await gateway.AcceptAsync(ct);
        await client.SendAsync("GET / HTTP/1.1\r\n"u8.ToArray(), SocketFlags.None, ct);

        var ex = await Assert.ThrowsAsync<ProtocolException>(() => server.HandshakeAsync(cancellationToken: ct));
        Assert.Contains("47455420", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"GET \"", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Server_side_rejects_a_malformed_version_range()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(IPAddress.Loopback, gateway.Port, ct);
        await using var server = await gateway.AcceptAsync(ct);
        byte[] hello = [.. "API\0"u8.ToArray(), .. FrameWriter.Frame("x200..200"u8)];
        await client.SendAsync(hello, SocketFlags.None, ct);

        var ex = await Assert.ThrowsAsync<ProtocolException>(() => server.HandshakeAsync(cancellationToken: ct));
        Assert.Contains("malformed version range", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Server_side_rejects_a_message_other_than_start_api()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(IPAddress.Loopback, gateway.Port, ct);
        await using var server = await gateway.AcceptAsync(ct);
        byte[] hello = [.. "API\0"u8.ToArray(), .. FrameWriter.Frame("v100..200"u8), .. GatewayConnection.Frame("2|1|5|")];
        await client.SendAsync(hello, SocketFlags.None, ct);

        var ex = await Assert.ThrowsAsync<ProtocolException>(() => server.HandshakeAsync(cancellationToken: ct));
        Assert.Contains("expected START_API", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_above_200_are_refused_before_connecting()
    {
        var options = new GatewayLegOptions { Versions = new VersionRange(200, 201) };
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
    }
}
