using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost.Tests;

/// <summary>Files of the project's own corpus (<c>transcripts/</c>) played with a hand-driven client.</summary>
public sealed class CorpusReplayTests
{
    private static Transcript Load(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ibkr.Orleans.sln")))
            {
                var path = Path.Combine(dir.FullName, "transcripts", name);
                var parsed = TranscriptParser.Parse(path, File.ReadAllText(path));
                Assert.True(parsed.Ok, string.Join("\n", parsed.Problems));
                return parsed.Transcript;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static ReqMktData Quote(int reqId) => new()
    {
        ReqId = reqId,
        Contract = new Contract { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" },
    };

    [Fact]
    public async Task The_quote_resubscribe_reconnect_script_is_consumed()
    {
        var transcript = Load("fault_reconnect_quote_resubscribe.txt");
        await using var host = ReplayHost.Start(transcript);

        var (first, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (first)
        {
            await first.ReadAsync<ManagedAccounts>();
            Assert.Equal(1, (await first.ReadAsync<NextValidId>()).OrderId);
            await first.SendAsync(Quote(1));
            Assert.Equal(1, (await first.ReadAsync<TickPrice>()).Field);
            Assert.Equal(2, (await first.ReadAsync<TickPrice>()).Field);
            await first.AssertClosedAsync();
        }

        var (second, info) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (second)
        {
            Assert.Equal("20260406 09:31:17 US/Eastern", info.ConnectionTime);
            await second.ReadAsync<ManagedAccounts>();
            Assert.Equal(2, (await second.ReadAsync<NextValidId>()).OrderId);
            await second.SendAsync(Quote(2));
            var tick = await second.ReadAsync<TickPrice>();
            Assert.Equal((2, 189.31m), (tick.ReqId, tick.Price));
            await second.ReadAsync<TickPrice>();
            await second.SendAsync(new CancelMktData { ReqId = 2 });

            var result = await host.Completion;
            Assert.Null(result.Failure);
            Assert.True(result.Consumed);
            Assert.Equal(transcript.Steps.Count(), result.StepsPlayed);
        }
    }
}
