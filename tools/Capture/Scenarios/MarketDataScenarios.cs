using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Market-data scenarios; delayed data is asked for first so an account without live entitlements still answers.</summary>
internal static class MarketDataScenarios
{
    public static readonly Scenario[] All =
    [
        WireScenario.Define("quote_snapshot_aapl", "market_data", "Delayed data (out 59), an AAPL snapshot (out 1) to tickSnapshotEnd (in 57).", RiskClass.EntitlementProbe, [InMsg.TickSnapshotEnd], async s =>
        {
            await s.SendAsync(new ReqMarketDataType { MarketDataType = 3 }).ConfigureAwait(false);
            var reqId = s.NextReqId();
            await s.SendAsync(new ReqMktData { ReqId = reqId, Contract = Contracts.AaplStock(), Snapshot = true }).ConfigureAwait(false);
            await s.WaitForAsync("tick_snapshot_end", reqId).ConfigureAwait(false);
        }),
    ];
}
