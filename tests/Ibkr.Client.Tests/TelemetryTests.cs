using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Protocol.Telemetry;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>What the service measures on the <c>Ibkr.Orleans</c> meter while an order fills.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_filled_order_is_measured_as_legs_messages_transitions_and_one_fill()
    {
        // A session name of its own, so measurements of tests running alongside do not count.
        const string Session = "telemetry";
        var totals = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IbkrTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == IbkrTelemetry.Tags.Session && Equals(tag.Value, Session))
                {
                    totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
                }
            }
        });
        listener.Start();

        await using (var cluster = await ReplayCluster.StartAsync(Transcripts.Path("place_order_limit_fill_lifecycle.txt"), new ReplayClusterOptions { Session = Session }))
        {
            await cluster.Client.ConnectAsync(Streams.Bounded());
            var request = OrderRequest.Limit(new Contract { ConId = 265598, Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" }, "BUY", 100m, 189.15m) with { Account = "DU0000001" };
            var order = await cluster.Client.Orders.PlaceAsync("t-ord-1", request, Streams.Bounded());
            await order.WaitUntilAsync(s => s.Status == OrderStatusKind.Filled && s.Commissions.Count == 1, Streams.Bounded());
        }

        Assert.Equal(1, totals.GetValueOrDefault("ibkr.legs.opened"));
        Assert.Equal(1, totals.GetValueOrDefault("ibkr.fills"));
        Assert.Equal(1, totals.GetValueOrDefault("ibkr.messages.out"));
        Assert.True(totals.GetValueOrDefault("ibkr.messages.in") >= 8, $"messages in: {totals.GetValueOrDefault("ibkr.messages.in")}");

        // PendingSubmit → PreSubmitted → Submitted → Filled.
        Assert.Equal(3, totals.GetValueOrDefault("ibkr.order.transitions"));
    }
}
