using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Reference-data scenarios: contract details, symbol search, depth exchanges.</summary>
internal static class ContractScenarios
{
    public static readonly Scenario[] All =
    [
        WireScenario.Request("contract_details_aapl_stk", "contracts", "Contract details for AAPL STK/SMART/USD (out 9), rows (in 10) to the end marker (in 52).", [InMsg.ContractData, InMsg.ContractDataEnd],
            id => new ReqContractDetails { ReqId = id, Contract = Contracts.AaplStock() }, "contract_details_end") with { Tags = ["smoke"] },
        WireScenario.Request("contract_details_not_found", "contracts", "Contract details for the bogus ZZZZNONE; the answer is an API error (in 4, code 200).", [InMsg.Error],
            id => new ReqContractDetails { ReqId = id, Contract = Contracts.Unknown() }, "contract_details_end", errorIsReply: true),
        WireScenario.Request("matching_symbols_aapl", "contracts", "reqMatchingSymbols \"AAPL\" (out 81), reads symbolSamples (in 79).", [InMsg.SymbolSamples],
            id => new ReqMatchingSymbols { ReqId = id, Pattern = "AAPL" }, "matching_symbols") with { Tags = ["smoke"] },
        WireScenario.Define("mkt_depth_exchanges", "contracts", "reqMktDepthExchanges (out 82), reads the exchange list (in 80).", RiskClass.ReadOnly, [InMsg.MktDepthExchanges], async s =>
        {
            await s.SendAsync(new ReqMktDepthExchanges()).ConfigureAwait(false);
            await s.WaitForAsync("mkt_depth_exchanges").ConfigureAwait(false);
        }),
    ];
}
