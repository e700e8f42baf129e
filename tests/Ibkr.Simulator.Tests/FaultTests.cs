using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transport;

namespace Ibkr.Simulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task Connections_drop_after_the_configured_virtual_time_and_clients_can_reconnect()
    {
        await using var sim = await SimFixture.StartAsync(configure: o => o.DropAfter = TimeSpan.FromSeconds(5));
        var client = await SimClient.ConnectAsync(sim.Simulator);
        await using (client)
        {
            await client.ErrorAsync(2158);
            sim.Time.Advance(TimeSpan.FromSeconds(5));
            var end = await client.Leg.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.Equal(LegEndReason.RemoteClosed, end.Reason);
        }

        await using var again = await SimClient.ConnectAsync(sim.Simulator);
        Assert.Equal(["DU0000001"], again.Leg.Session.ManagedAccounts);
    }

    [Fact]
    public async Task Connections_drop_after_the_configured_message_count()
    {
        await using var sim = await SimFixture.StartAsync(configure: o => o.DropAfterMessages = 3);
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        var end = await client.Leg.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(LegEndReason.RemoteClosed, end.Reason);
        var notice = await client.ErrorAsync(2104);
        Assert.Equal(-1, notice.ReqId);
        Assert.Empty(client.Take<ApiError>());
    }

    [Fact]
    public async Task A_working_order_survives_a_dropped_connection_and_is_reported_on_reconnect()
    {
        await using var sim = await SimFixture.StartAsync();
        var client = await SimClient.ConnectAsync(sim.Simulator);
        await using (client)
        {
            await client.SendAsync(new PlaceOrder
            {
                Contract = SimFixture.Aapl(),
                Order = new Protocol.Messages.Orders.Order { OrderId = 1, Action = "BUY", TotalQuantity = 10m, OrderType = "LMT", LmtPrice = 150.00m },
            });
            await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Submitted");
            sim.Simulator.DropAllConnections();
            await client.Leg.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        }

        await using var again = await SimClient.ConnectAsync(sim.Simulator);
        var open = await again.NextAsync<OpenOrder>(o => o.Order.OrderId == 1);
        Assert.Equal(150.00m, open.Order.LmtPrice);
        Assert.Equal(2L, again.Leg.Session.NextValidOrderId);
    }

    [Fact]
    public async Task Connectivity_loss_and_restore_are_announced_and_pause_market_data()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);

        sim.Simulator.LoseConnectivity();
        await client.ErrorAsync(1100, reqId: -1);
        sim.Time.Advance(TimeSpan.FromSeconds(1));
        await client.SendAsync(new ReqCurrentTime());
        await client.NextAsync<CurrentTime>();
        Assert.DoesNotContain(client.Log.OfType<TickString>(), t => t.Value == sim.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        sim.Simulator.RestoreConnectivity();
        await client.ErrorAsync(1102, reqId: -1);
        await sim.StepAsync(client);
    }

    [Fact]
    public async Task Messages_over_the_rate_limit_get_error_100()
    {
        await using var sim = await SimFixture.StartAsync(configure: o => o.MaxMessagesPerSecond = 5);
        await using var client = await SimClient.ConnectAsync(sim.Simulator, messagesPerSecond: 1000);

        for (var i = 0; i < 6; i++)
        {
            await client.SendAsync(new ReqCurrentTime());
        }

        var error = await client.ErrorAsync(100);
        Assert.Contains("max=5", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, client.Log.OfType<CurrentTime>().Count());
    }

    [Fact]
    public async Task A_scheduled_farm_gap_announces_1100_pauses_data_and_restores_with_1102()
    {
        await using var sim = await SimFixture.StartAsync(configure: o =>
        {
            o.FarmGapEvery = TimeSpan.FromSeconds(10);
            o.FarmGapLength = TimeSpan.FromSeconds(3);
        });
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);

        sim.Time.Advance(TimeSpan.FromSeconds(10));
        await client.ErrorAsync(1100, reqId: -1);
        sim.Time.Advance(TimeSpan.FromSeconds(2));
        await sim.StepAsync(client);

        await client.ErrorAsync(1102, reqId: -1);
        var stamps = client.Log.OfType<TickString>().Where(t => t.Field == 45).Select(t => long.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture) - SimFixture.Start.ToUnixTimeSeconds()).ToList();
        Assert.Equal([0L, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13], stamps);
    }
}
