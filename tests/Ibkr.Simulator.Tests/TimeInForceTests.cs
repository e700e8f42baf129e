using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Simulator.Tests;

public sealed class TimeInForceTests
{
    [Fact]
    public async Task Day_orders_expire_at_local_midnight_and_gtc_orders_keep_working()
    {
        // 03:59:57 UTC is 23:59:57 in New York (EDT).
        await using var sim = await SimFixture.StartAsync(start: new DateTimeOffset(2026, 4, 7, 3, 59, 57, TimeSpan.Zero));
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);
        await client.SendAsync(new PlaceOrder { Contract = SimFixture.Aapl(), Order = new Order { OrderId = 1, Action = "BUY", TotalQuantity = 10m, OrderType = "LMT", LmtPrice = 150.00m, Tif = "DAY" } });
        await client.SendAsync(new PlaceOrder { Contract = SimFixture.Aapl(), Order = new Order { OrderId = 2, Action = "BUY", TotalQuantity = 10m, OrderType = "LMT", LmtPrice = 150.00m, Tif = "GTC" } });
        await client.NextAsync<OrderStatus>(s => s.OrderId == 2 && s.Status == "Submitted");

        for (var i = 0; i < 5; i++)
        {
            await sim.StepAsync(client);
        }

        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "Cancelled");
        Assert.DoesNotContain(client.Log.OfType<OrderStatus>(), s => s.OrderId == 2 && s.Status == "Cancelled");
        await client.SendAsync(new ReqOpenOrders());
        await client.NextAsync<OpenOrderEnd>();
        var submitted = client.Log.OfType<OpenOrder>().Where(o => o.OrderState.Status == "Submitted").ToList();
        Assert.Single(submitted, o => o.Order.OrderId == 1);
        Assert.Equal(2, submitted.Count(o => o.Order.OrderId == 2));
    }
}
