using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.TestHost;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// The gated paper-order scenario through the recorder against a replay host, with trading enabled in-process
/// (the environment variable is left alone so other tests see it unset).
/// </summary>
public sealed class TradingScenarioTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-trading-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Scenario FarLimit => ScenarioCatalog.Find("place_order_far_limit_cancel_aapl")!;

    [Fact]
    public async Task On_paper_accounts_the_order_is_placed_with_a_run_ref_and_cancelled_by_its_own_id()
    {
        var served = CaptureTestKit.Bootstrap.Replace("\"order_id\":1}", "\"order_id\":41}", StringComparison.Ordinal) + """

            client place_order {"order_id":"41","contract":{"symbol":"AAPL","sec_type":"STK"},"action":"BUY","total_quantity":"1","order_type":"LMT","lmt_price":"1.00","tif":"DAY","account":"DU0000001","order_ref":"$ref"}
            server order_status {"order_id":41,"status":"Submitted","filled":"0","remaining":"1","avg_fill_price":"0","perm_id":"900000002","parent_id":0,"last_fill_price":"0","client_id":1,"why_held":"","mkt_cap_price":"0"}
            client cancel_order {"order_id":"41"}
            server order_status {"order_id":41,"status":"Cancelled","filled":"0","remaining":"1","avg_fill_price":"0","perm_id":"900000002","parent_id":0,"last_fill_price":"0","client_id":1,"why_held":"","mkt_cap_price":"0"}
            """;
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("served.txt", served));

        var recorded = await RecordAsync(host.Address.Port);

        Assert.True(recorded.Passed, recorded.Outcome.Error + recorded.Verdict);
        Assert.True((await host.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken)).Consumed);
        var events = File.ReadAllText(Path.Combine(recorded.Verdict.Directory, CaptureFiles.DriverEvents));
        Assert.Contains("\"kind\":\"trading_gate_passed\"", events, StringComparison.Ordinal);
        Assert.Contains($"\"order_ref\":\"ibkr-capture-{recorded.Outcome.RunId}-001\"", events, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"cancel_order_sent\",\"order_id\":41", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_looking_account_stops_the_scenario_before_any_order()
    {
        // The host has nothing after the bootstrap: a place_order would fail its run.
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("served.txt", CaptureTestKit.Bootstrap.Replace("[\"DU0000001\"]", "[\"DU0000001\",\"U0000002\"]", StringComparison.Ordinal)));

        var recorded = await RecordAsync(host.Address.Port);

        Assert.False(recorded.Passed);
        Assert.StartsWith("refused: trading scenarios run only when every managed account is a paper account", recorded.Outcome.Error, StringComparison.Ordinal);
        var result = await host.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
        Assert.True(result.Consumed, result.Failure?.ToString());
        Assert.DoesNotContain("send place_order", File.ReadAllText(Path.Combine(recorded.Verdict.Directory, CaptureFiles.DriverLog)), StringComparison.Ordinal);
    }

    private Task<RecordedScenario> RecordAsync(int port) => RecordedBatch.RunAsync(
        FarLimit,
        new DriverOptions("127.0.0.1", 0) { TradingEnabled = true, ReplyTimeout = TimeSpan.FromSeconds(10) },
        new RecordedBatchOptions("127.0.0.1", port, _dir));
}
