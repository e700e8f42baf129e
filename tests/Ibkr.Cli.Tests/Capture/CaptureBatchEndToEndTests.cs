using Ibkr.TestHost;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// <c>ibkr capture --batch smoke --record-upstream</c> against a replay host that answers the smoke scenarios:
/// one recorder and capture directory per scenario, each verified; one capture normalizes into a transcript
/// that self-plays.
/// </summary>
public sealed class CaptureBatchEndToEndTests : IDisposable
{
    private const string Bootstrap = CaptureTestKit.Bootstrap;

    // The smoke batch in catalog order: bootstrap, contract_details_aapl_stk, current_time, matching_symbols_aapl.
    private static readonly string Served = string.Join("\ndisconnect\n",
        Bootstrap,
        Bootstrap + """

            client req_contract_details {"req_id":"$req1","contract":{"symbol":"AAPL","sec_type":"STK","exchange":"SMART","currency":"USD"}}
            server contract_details {"req_id":"$req1","contract":{"symbol":"AAPL","sec_type":"STK","exchange":"SMART","currency":"USD","local_symbol":"AAPL","trading_class":"NMS","con_id":265598,"primary_exchange":"NASDAQ"},"market_name":"NMS","min_tick":"0.01","long_name":"APPLE INC"}
            server contract_details_end {"req_id":"$req1"}
            """,
        Bootstrap + """

            client req_current_time {}
            server current_time {"time":"1775481905"}
            """,
        Bootstrap + """

            client req_matching_symbols {"req_id":"$req2","pattern":"AAPL"}
            server matching_symbols {"req_id":"$req2","symbols":[{"con_id":265598,"symbol":"AAPL","sec_type":"STK","primary_exchange":"NASDAQ","currency":"USD","derivative_sec_types":["OPT"],"description":"APPLE INC","issuer_id":""}]}
            """);

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_smoke_batch_records_verifies_and_normalizes_to_a_self_playing_transcript()
    {
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("served.txt", Served));

        var (exit, output, error) = await Task.Run(() => Cli.Run(string.Empty, "capture", "--batch", "smoke", "--record-upstream", $"127.0.0.1:{host.Address.Port}", "--out", _dir, "--timeout", "10s"));

        var lines = Cli.Lines(output).Where(l => l.Contains(": PASS ", StringComparison.Ordinal) || l.Contains(": FAIL ", StringComparison.Ordinal) || l.EndsWith(" failed", StringComparison.Ordinal)).ToList();
        Assert.True(exit == 0, output + error);
        Assert.Equal(["bootstrap", "contract_details_aapl_stk", "current_time", "matching_symbols_aapl"], lines.Take(4).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal("4 passed, 0 failed", lines[^1]);
        Assert.True((await host.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken)).Consumed);

        var captures = Directory.GetDirectories(_dir).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, captures.Count);
        foreach (var capture in captures)
        {
            Assert.True(File.Exists(Path.Combine(capture, "driver.log")));
            var events = File.ReadAllLines(Path.Combine(capture, "driver_events.jsonl"));
            Assert.Contains(events, e => e.Contains("\"kind\":\"scenario_end\"", StringComparison.Ordinal));
            var runId = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(capture, "meta.json"))).RootElement.GetProperty("labels").GetProperty("run_id").GetString();
            Assert.All(events, e => Assert.Contains($"\"run_id\":\"{runId}\"", e, StringComparison.Ordinal));
            Assert.Contains($" run {runId} ", File.ReadLines(Path.Combine(capture, "driver.log")).First(), StringComparison.Ordinal);
        }

        var (verifyExit, verifyOut, _) = Cli.Run(string.Empty, ["verify", .. captures]);
        Assert.True(verifyExit == 0, verifyOut);

        var currentTime = captures.Single(c => c.EndsWith("-current_time", StringComparison.Ordinal));
        var normalized = Path.Combine(_dir, "current_time.txt");
        Assert.Equal(0, Cli.Run(string.Empty, "normalize", currentTime, "--transcript-out", normalized).Exit);
        var (selfExit, selfOut, _) = Cli.Run(string.Empty, "selfplay", normalized);
        Assert.True(selfExit == 0, selfOut + File.ReadAllText(normalized));
        Assert.Contains("client req_current_time {}", File.ReadAllText(normalized), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_two_leg_scenario_records_both_legs_and_normalizes_to_a_reconnecting_transcript()
    {
        var leg = Bootstrap + "\nclient req_current_time {}\nserver current_time {\"time\":\"1775481905\"}";
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("served.txt", leg + "\ndisconnect\n" + leg + "\n"));

        var (exit, output, _) = await Task.Run(() => Cli.Run(string.Empty, "capture", "--scenario", "reconnect_current_time", "--record-upstream", $"127.0.0.1:{host.Address.Port}", "--out", _dir, "--timeout", "10s"));

        Assert.True(exit == 0, output);
        Assert.Contains(": PASS ", output, StringComparison.Ordinal);
        Assert.Contains(" legs=2 ", output, StringComparison.Ordinal);
        var capture = Assert.Single(Directory.GetDirectories(_dir));
        var normalized = Path.Combine(_dir, "reconnect.txt");
        Assert.Equal(0, Cli.Run(string.Empty, "normalize", capture, "--transcript-out", normalized).Exit);
        var transcript = CaptureTestKit.Load(normalized);
        Assert.Equal((2, 2, 6), CaptureTestKit.Counts(transcript));
        Assert.Single(transcript.Steps.OfType<Ibkr.Protocol.Transcripts.DisconnectStep>());
        var (selfExit, selfOut, _) = Cli.Run(string.Empty, "selfplay", normalized);
        Assert.True(selfExit == 0, selfOut);
    }

    [Fact]
    public async Task A_scenario_whose_reply_never_comes_fails_its_capture()
    {
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("served.txt", Bootstrap + "\nclient req_current_time {}\nclient req_ids {}\n"));

        var (exit, output, _) = await Task.Run(() => Cli.Run(string.Empty, "capture", "--scenario", "current_time", "--record-upstream", $"127.0.0.1:{host.Address.Port}", "--out", _dir, "--timeout", "1s"));

        Assert.Equal(1, exit);
        Assert.Contains("current_time: FAIL ", output, StringComparison.Ordinal);
        Assert.Contains("no current_time within 1s", output, StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed", Cli.Lines(output)[^1]);
    }
}
