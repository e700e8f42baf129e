using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Simulator.Tests;

public sealed class StopOrderTests
{
    [Fact]
    public async Task Stops_wait_presubmitted_until_the_last_price_elects_them_and_trailing_stops_follow_it()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        var ask = await SimFixture.WatchAaplAsync(client);
        var stop = ask + 0.03m;

        await client.SendAsync(new PlaceOrder { Contract = SimFixture.Aapl(), Order = new Order { OrderId = 1, Action = "BUY", TotalQuantity = 100m, OrderType = "STP", AuxPrice = stop, Tif = "GTC" } });
        await client.SendAsync(new PlaceOrder { Contract = SimFixture.Aapl(), Order = new Order { OrderId = 2, Action = "SELL", TotalQuantity = 100m, OrderType = "TRAIL", AuxPrice = 0.05m, Tif = "GTC" } });
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1 && s.Status == "PreSubmitted");
        await client.NextAsync<OrderStatus>(s => s.OrderId == 2 && s.Status == "PreSubmitted");

        for (var step = 0; step < 200 && client.Log.OfType<ExecutionData>().Count() < 2; step++)
        {
            await sim.StepAsync(client);
        }

        var fills = client.Log.OfType<ExecutionData>().ToDictionary(e => e.Execution.OrderId);
        Assert.True(fills[1].Execution.Price >= stop, $"stop bought at {fills[1].Execution.Price}, below its stop {stop}");
        var statuses = client.Log.OfType<OrderStatus>().Where(s => s.OrderId == 2).Select(s => s.Status).ToList();
        Assert.Equal(["PreSubmitted", "Submitted", "Filled"], statuses.Distinct());
        var lasts = client.Log.OfType<TickPrice>().Where(t => t.ReqId == 1 && t.Field == 4).Select(t => t.Price).ToList();
        Assert.True(fills[2].Execution.Price <= lasts.Max() - 0.05m, "the trailing stop sold above its trail");
    }
}
