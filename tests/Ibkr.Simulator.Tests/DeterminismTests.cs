using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Wire;

namespace Ibkr.Simulator.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_and_requests_give_the_same_bytes()
    {
        var first = await RunAsync(seed: 42);
        var second = await RunAsync(seed: 42);
        var other = await RunAsync(seed: 43);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    /// <summary>Bootstrap, a quote, a market order, ten steps, bars and executions; every payload received, as base64.</summary>
    private static async Task<List<string>> RunAsync(int seed)
    {
        await using var sim = await SimFixture.StartAsync(seed);
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await SimFixture.WatchAaplAsync(client);
        await client.SendAsync(new PlaceOrder
        {
            Contract = SimFixture.Aapl(),
            Order = new Order { OrderId = 1, Action = "BUY", TotalQuantity = 2000m, OrderType = "MKT", Tif = "DAY" },
        });
        await client.NextAsync<OrderStatus>(s => s.OrderId == 1);
        for (var i = 0; i < 10; i++)
        {
            await sim.StepAsync(client);
        }

        await client.SendAsync(new ReqHistoricalData { ReqId = 2, Contract = SimFixture.Aapl(), BarSizeSetting = "1 min", DurationStr = "3600 S", WhatToShow = "TRADES", FormatDate = 1 });
        await client.NextAsync<HistoricalDataEnd>(e => e.ReqId == 2);
        await client.SendAsync(new ReqExecutions { ReqId = 3 });
        await client.NextAsync<ExecutionDataEnd>(e => e.ReqId == 3);

        var encoder = new MessageEncoder();
        return [.. client.Log.Select(m => Convert.ToBase64String(encoder.Encode(m)))];
    }
}
