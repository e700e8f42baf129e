using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Simulator.Tests;

public sealed class ContractTests
{
    [Fact]
    public async Task Contract_details_for_AAPL_end_with_the_end_marker()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(new ReqContractDetails { ReqId = 11, Contract = SimFixture.Aapl() });

        var details = await client.NextAsync<ContractData>(d => d.ReqId == 11);
        await client.NextAsync<ContractDataEnd>(e => e.ReqId == 11);
        Assert.Equal(265598, details.Details.Contract.ConId);
        Assert.Equal("NASDAQ", details.Details.Contract.PrimaryExchange);
        Assert.Equal(0.01m, details.Details.MinTick);
        Assert.Empty(client.Take<ContractData>());
    }

    [Fact]
    public async Task An_unknown_contract_gets_error_200_for_the_request()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(new ReqContractDetails { ReqId = 12, Contract = new Contract { Symbol = "ZZZQX", SecType = "STK", Exchange = "SMART", Currency = "USD" } });

        var error = await client.ErrorAsync(200, reqId: 12);
        Assert.Equal("No security definition has been found for the request", error.Message);
    }

    [Fact]
    public async Task The_option_chain_and_its_contracts_agree()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);

        await client.SendAsync(new ReqSecDefOptParams { ReqId = 13, UnderlyingSymbol = "AAPL", UnderlyingSecType = "STK", UnderlyingConId = 265598 });
        var chain = await client.NextAsync<SecurityDefinitionOptionParameter>(p => p.ReqId == 13 && p.Exchange == "SMART");
        await client.NextAsync<SecurityDefinitionOptionParameterEnd>(e => e.ReqId == 13);

        var contract = new Contract { Symbol = "AAPL", SecType = "OPT", Exchange = "SMART", Currency = "USD", LastTradeDateOrContractMonth = chain.Expirations[0], Strike = chain.Strikes[4], Right = "C" };
        await client.SendAsync(new ReqContractDetails { ReqId = 14, Contract = contract });
        var option = await client.NextAsync<ContractData>(d => d.ReqId == 14);
        await client.NextAsync<ContractDataEnd>(e => e.ReqId == 14);

        Assert.Equal(3, chain.Expirations.Count);
        Assert.Equal("100", option.Details.Contract.Multiplier);
        Assert.Equal(265598, option.Details.UnderConId);

        await client.SendAsync(new ReqMarketRule { MarketRuleId = 26 });
        var rule = await client.NextAsync<MarketRule>();
        Assert.Equal(0.01m, Assert.Single(rule.PriceIncrements).Increment);
    }
}
