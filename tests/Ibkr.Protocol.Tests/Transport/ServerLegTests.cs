using System.Net;
using System.Net.Sockets;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transport;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>The server side of a connection against the real client leg over loopback.</summary>
public class ServerLegTests
{
    [Fact(Timeout = 30_000)]
    public async Task A_server_leg_runs_the_handshake_decodes_requests_and_closes_after_pending_writes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepting = Task.Run(
            async () => await ServerLeg.AcceptAsync(await listener.AcceptSocketAsync(ct), range => new ServerInfo(range.Max, "20260406 09:25:01 US/Eastern"), cancellationToken: ct),
            ct);

        var connecting = GatewayLeg.ConnectAsync(new GatewayLegOptions { Port = port, ClientId = 9 }, cancellationToken: ct);
        await using var server = await accepting;
        Assert.Equal(9, server.Handshake.ClientId);
        Assert.True(server.TrySend(new ManagedAccounts { Accounts = ["DU0000001"] }));
        Assert.True(server.TrySend(new NextValidId { OrderId = 5 }));
        await using var client = await connecting;
        Assert.Equal(5L, client.Session.NextValidOrderId);

        await client.SendAsync(new ReqCurrentTime(), ct);
        Assert.IsType<ReqCurrentTime>(await server.Inbound.ReadAsync(ct));

        server.TrySend(new CurrentTime { Time = 42 });
        server.CloseAfterPendingWrites();
        Assert.False(server.TrySend(new CurrentTime { Time = 43 }));

        var received = await LegAssert.ReadAsync(client, 3, ct);
        Assert.Equal(42, Assert.IsType<CurrentTime>(received[2]).Time);
        Assert.Equal(LegEndReason.RemoteClosed, (await client.Completion).Reason);
        Assert.Equal(LegEndReason.LocalClosed, (await server.Completion).Reason);
        Assert.Equal(3, server.MessagesSent);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_bad_prefix_fails_the_accept_and_closes_the_socket()
    {
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var raw = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await raw.ConnectAsync((IPEndPoint)listener.LocalEndpoint, ct);
        await raw.SendAsync("XYZ\0"u8.ToArray(), ct);

        var socket = await listener.AcceptSocketAsync(ct);
        await Assert.ThrowsAsync<Ibkr.Protocol.Wire.ProtocolException>(() => ServerLeg.AcceptAsync(socket, range => new ServerInfo(range.Max, "t"), cancellationToken: ct));
        Assert.Equal(0, await raw.ReceiveAsync(new byte[16], ct));
    }
}
