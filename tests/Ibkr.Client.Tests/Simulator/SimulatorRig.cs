using System.Globalization;
using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Simulator;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests.Simulator;

/// <summary>
/// A seeded <see cref="GatewaySimulator"/> on the system clock (it steps by itself every 250 ms) and a
/// <see cref="GatewayCluster"/> pointed at it, connected, with AAPL qualified through the facade.
/// </summary>
internal sealed class SimulatorRig : IAsyncDisposable
{
    public const string Account = "DU0000001";

    private SimulatorRig(GatewaySimulator simulator, GatewayCluster cluster, Contract aapl)
    {
        Simulator = simulator;
        Cluster = cluster;
        Aapl = aapl;
    }

    public GatewaySimulator Simulator { get; }

    public GatewayCluster Cluster { get; }

    public IbkrClient Client => Cluster.Client;

    public Contract Aapl { get; }

    public static async Task<SimulatorRig> StartAsync(int seed)
    {
        var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = seed, Accounts = [Account] });
        try
        {
            var cluster = await GatewayCluster.StartAsync(simulator.Endpoint, new GatewayClusterOptions { ServiceId = "ibkr-sim" });
            try
            {
                await cluster.Client.ConnectAsync(Streams.Bounded());
                var aapl = await cluster.Client.Contracts.QualifyAsync(
                    new Contract { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" }, Streams.Bounded());
                return new SimulatorRig(simulator, cluster, aapl);
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>The current AAPL bid and ask, from a quote stream opened for the purpose.</summary>
    public async Task<(decimal Bid, decimal Ask)> TouchAsync()
    {
        await using var quotes = await Client.MarketData.QuotesAsync(Aapl, Streams.Bounded());
        decimal bid = 0m, ask = 0m;
        await Streams.TakeAsync(
            quotes.Events,
            1,
            e =>
            {
                if (e is PriceTick { Field: 1, Price: { } b })
                {
                    bid = b;
                }
                else if (e is PriceTick { Field: 2, Price: { } a })
                {
                    ask = a;
                }

                return bid > 0m && ask > 0m;
            });
        return (bid, ask);
    }

    public OrderRequest Limit(string action, decimal quantity, decimal price, string tif = "DAY") =>
        OrderRequest.Limit(Aapl, action, quantity, price, tif) with { Account = Account };

    /// <summary>The account's summary values for <paramref name="tag"/> as they arrive, until <paramref name="until"/> holds for one.</summary>
    public async Task<decimal> SummaryValueAsync(string tag, Func<decimal, bool> until)
    {
        await using var summary = await Client.Accounts.SummaryAsync(new AccountSummarySpec { Tags = [tag] }, Streams.Bounded());
        var rows = await Streams.TakeAsync(
            summary.Events,
            1,
            e => e is AccountSummaryUpdate { Row: var row } && row.Account == Account && row.Tag == tag && until(Parse(row.Value)));
        return Parse(((AccountSummaryUpdate)rows[0]).Row.Value);
    }

    /// <summary>The account's AAPL position once <paramref name="until"/> holds for it.</summary>
    public async Task<PositionRow> PositionAsync(Func<PositionRow, bool> until)
    {
        await using var positions = await Client.Accounts.PositionsAsync(Streams.Bounded());
        var rows = await Streams.TakeAsync(
            positions.Events,
            1,
            e => e is PositionUpdate { Row: var row } && row.Account == Account && row.Contract.ConId == Aapl.ConId && until(row));
        return ((PositionUpdate)rows[0]).Row;
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Simulator.DisposeAsync();
    }

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
