using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace Ibkr.Simulator.Tests;

/// <summary>
/// A simulator on a fake clock (one market step per virtual second) with helpers that move time one step and wait
/// until that step's quote has arrived: everything the step caused arrives before it, on the same connection.
/// </summary>
internal sealed class SimFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 4, 6, 14, 0, 0, TimeSpan.Zero);

    private SimFixture(GatewaySimulator simulator, FakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
    }

    public GatewaySimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<SimFixture> StartAsync(int seed = 7, Action<SimulatorOptions>? configure = null, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Start);
        var options = new SimulatorOptions { Seed = seed, TickInterval = TimeSpan.FromSeconds(1) };
        configure?.Invoke(options);
        return new SimFixture(await GatewaySimulator.StartAsync(options, time), time);
    }

    public static Contract Aapl() => new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    /// <summary>Subscribes <paramref name="client"/> to AAPL quotes under <paramref name="reqId"/> and returns the first ask.</summary>
    public static async Task<decimal> WatchAaplAsync(SimClient client, int reqId = 1)
    {
        await client.SendAsync(new ReqMktData { ReqId = reqId, Contract = Aapl() });
        var ask = await client.NextAsync<TickPrice>(t => t.ReqId == reqId && t.Field == 2);
        await client.NextAsync<TickString>(t => t.ReqId == reqId && t.Field == 45);
        return ask.Price;
    }

    /// <summary>Moves one step and waits for its last-timestamp tick on the watching subscription.</summary>
    public async Task StepAsync(SimClient watcher, int reqId = 1)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        var stamp = Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await watcher.NextAsync<TickString>(t => t.ReqId == reqId && t.Field == 45 && t.Value == stamp);
    }

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
