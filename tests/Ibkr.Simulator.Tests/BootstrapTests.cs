using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transport;

namespace Ibkr.Simulator.Tests;

public sealed class BootstrapTests
{
    [Fact]
    public async Task A_client_gets_server_version_200_accounts_next_id_and_farm_status()
    {
        await using var sim = await SimFixture.StartAsync(configure: o => o.Accounts = ["DU0000001", "DU0000002"]);
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        Assert.Equal(200, client.Leg.ServerInfo.ServerVersion);
        Assert.Equal(["DU0000001", "DU0000002"], client.Leg.Session.ManagedAccounts);
        Assert.Equal(1L, client.Leg.Session.NextValidOrderId);
        foreach (var code in new[] { 2104, 2106, 2158 })
        {
            var notice = await client.ErrorAsync(code);
            Assert.Equal(-1, notice.ReqId);
        }
    }

    [Fact]
    public async Task Two_clients_with_distinct_ids_are_served_together()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var first = await SimClient.ConnectAsync(sim.Simulator, clientId: 1);
        await using var second = await SimClient.ConnectAsync(sim.Simulator, clientId: 2);

        await first.SendAsync(new Protocol.Messages.Outbound.ReqCurrentTime());
        await second.SendAsync(new Protocol.Messages.Outbound.ReqCurrentTime());

        Assert.Equal(SimFixture.Start.ToUnixTimeSeconds(), (await first.NextAsync<CurrentTime>()).Time);
        Assert.Equal(SimFixture.Start.ToUnixTimeSeconds(), (await second.NextAsync<CurrentTime>()).Time);
        Assert.Equal(2, sim.Simulator.ConnectedClients);
    }

    [Fact]
    public async Task A_duplicate_client_id_gets_error_326_and_is_closed()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var first = await SimClient.ConnectAsync(sim.Simulator, clientId: 7);

        var refused = await Assert.ThrowsAsync<GatewayConnectException>(() => SimClient.ConnectAsync(sim.Simulator, clientId: 7));

        Assert.Contains("326", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, sim.Simulator.ConnectedClients);
    }
}
