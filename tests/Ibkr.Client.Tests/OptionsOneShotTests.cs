using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.MarketData;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Option calculations through the facade: one TICK_OPTION_COMPUTATION answers each.</summary>
public sealed class OptionsOneShotTests
{
    private static readonly Contract AaplCall = new()
    {
        ConId = 700000001,
        Symbol = "AAPL",
        SecType = "OPT",
        LastTradeDateOrContractMonth = "20260515",
        Strike = 190m,
        Right = "C",
        Multiplier = "100",
        Exchange = "SMART",
        Currency = "USD",
    };

    [Fact]
    public async Task The_model_price_at_a_volatility_comes_with_its_greeks()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("calc_option_price_reply.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var computation = await cluster.Client.Options.PriceAsync(AaplCall, volatility: 0.25m, underlyingPrice: 189.11m, Streams.Bounded());

        Assert.Equal(
            new OptionComputation
            {
                Field = 13,
                TickAttrib = 0,
                ImpliedVolatility = 0.25m,
                Delta = 0.5119m,
                OptionPrice = 6.4312m,
                PvDividend = 0.2400m,
                Gamma = 0.0301m,
                Vega = 0.2780m,
                Theta = -0.0708m,
                UnderlyingPrice = 189.11m,
            },
            computation);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task The_implied_volatility_at_a_price_is_price_based()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("calc_implied_volatility_reply.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var computation = await cluster.Client.Options.ImpliedVolatilityAsync(AaplCall, optionPrice: 6.5m, underlyingPrice: 189.11m, Streams.Bounded());

        Assert.Equal((13, 1), (computation.Field, computation.TickAttrib));
        Assert.Equal(0.2533m, computation.ImpliedVolatility);
        Assert.Equal(6.50m, computation.OptionPrice);
        Assert.Equal(0.5127m, computation.Delta);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
