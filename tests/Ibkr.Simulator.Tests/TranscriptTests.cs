using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.TestHost;

namespace Ibkr.Simulator.Tests;

/// <summary>A simulator session written as a transcript is lint-clean and plays against itself.</summary>
public sealed class TranscriptTests
{
    [Fact]
    public async Task A_session_transcript_passes_lint_and_selfplay()
    {
        await using var sim = await SimFixture.StartAsync();
        await using var client = await SimClient.ConnectAsync(sim.Simulator);
        await client.ErrorAsync(2158);
        await client.SendAsync(new ReqContractDetails { ReqId = 2, Contract = SimFixture.Aapl() });
        await client.NextAsync<ContractDataEnd>();
        await client.SendAsync(new ReqMktData { ReqId = 1, Contract = SimFixture.Aapl(), GenericTicks = ["233"] });
        await client.SendAsync(new ReqMktDepth { ReqId = 3, Contract = SimFixture.Aapl(), NumRows = 3 });
        await client.SendAsync(new ReqRealTimeBars { ReqId = 4, Contract = SimFixture.Aapl(), BarSize = 5, WhatToShow = "TRADES" });
        await client.SendAsync(new ReqTickByTickData { ReqId = 5, Contract = SimFixture.Aapl(), TickType = "BidAsk" });
        await client.SendAsync(new ReqMktData { ReqId = 6, Contract = new Contract { ConId = 700_000_010 } });
        await client.SendAsync(new PlaceOrder { Contract = SimFixture.Aapl(), Order = new Order { OrderId = 1, Action = "BUY", TotalQuantity = 1500m, OrderType = "MKT", Tif = "DAY" } });
        await client.SendAsync(new ReqPnL { ReqId = 7, Account = "DU0000001" });
        await client.SendAsync(new ReqAccountUpdates { Subscribe = true, AcctCode = "DU0000001" });
        await client.NextAsync<AccountDownloadEnd>();
        for (var i = 0; i < 6; i++)
        {
            await sim.StepAsync(client);
        }

        await client.SendAsync(new ReqHistoricalData { ReqId = 8, Contract = SimFixture.Aapl(), BarSizeSetting = "5 mins", DurationStr = "3600 S", WhatToShow = "TRADES", FormatDate = 1 });
        await client.NextAsync<HistoricalDataEnd>();
        await client.SendAsync(new ReqHistoricalTicks { ReqId = 9, Contract = SimFixture.Aapl(), EndDateTime = "20260406-14:00:06", NumberOfTicks = 10, WhatToShow = "BID_ASK" });
        await client.NextAsync<HistoricalTicksBidAsk>();
        await client.SendAsync(new ReqExecutions { ReqId = 10 });
        await client.NextAsync<ExecutionDataEnd>();
        await client.SendAsync(new ReqCompletedOrders());
        await client.NextAsync<CompletedOrdersEnd>();

        var text = "# A simulator session (seed 7).\n" + string.Join('\n', client.Transcript) + "\n";
        var parsed = TranscriptLint.Check("simulator.txt", text);
        Assert.Empty(parsed.Problems);
        var played = await SelfPlay.RunAsync(parsed.Transcript, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(played.Passed, played.Failure?.ToString());
    }
}
