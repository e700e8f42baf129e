using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.Simulator;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// The gated facade order scenario against the simulator: with the opt-in (in-process, the environment is left
/// alone) it places a resting order with a run-scoped ref and cancels it by its own handle; a live-looking
/// account stops it before any order.
/// </summary>
public sealed class ApiTradingScenarioTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-apitrading-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task On_paper_accounts_the_order_rests_with_a_run_ref_and_is_cancelled_by_its_own_handle()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = 12 }, cancellationToken: TestContext.Current.CancellationToken);

        var recorded = await RecordAsync(simulator);

        Assert.True(recorded.Passed, recorded.Outcome.Error + recorded.Verdict);
        var events = File.ReadAllText(Path.Combine(recorded.Verdict.Directory, CaptureFiles.DriverEvents));
        Assert.Contains("\"kind\":\"trading_gate_passed\",\"account\":\"DU0000001\"", events, StringComparison.Ordinal);
        var orderRef = $"ibkr-capture-{recorded.Outcome.RunId}-001";
        Assert.Contains($"\"kind\":\"place_order_sent\",\"order_ref\":\"{orderRef}\"", events, StringComparison.Ordinal);
        Assert.Contains($"\"order_ref\":\"{orderRef}\"}}", events[events.IndexOf("\"kind\":\"cancel_order_sent\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var transcript = Normalize(recorded);
        Assert.Contains($"\"order_ref\":\"{orderRef}\"", transcript, StringComparison.Ordinal);
        Assert.Single(Cli.Lines(transcript), l => l.StartsWith("client place_order ", StringComparison.Ordinal));
        Assert.Single(Cli.Lines(transcript), l => l.StartsWith("client cancel_order ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_live_looking_account_stops_the_scenario_before_any_order()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = 13, Accounts = ["DU0000001", "U0000002"] }, cancellationToken: TestContext.Current.CancellationToken);

        var recorded = await RecordAsync(simulator);

        Assert.False(recorded.Passed);
        Assert.StartsWith("refused: trading scenarios run only when every managed account is a paper account", recorded.Outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("place_order_sent", File.ReadAllText(Path.Combine(recorded.Verdict.Directory, CaptureFiles.DriverEvents)), StringComparison.Ordinal);
        Assert.DoesNotContain("client place_order ", Normalize(recorded), StringComparison.Ordinal);
    }

    private Task<RecordedScenario> RecordAsync(GatewaySimulator simulator) => RecordedBatch.RunAsync(
        ScenarioCatalog.Find("api_order_place_cancel")!,
        new DriverOptions("127.0.0.1", 0) { TradingEnabled = true, ReplyTimeout = TimeSpan.FromSeconds(10) },
        new RecordedBatchOptions(simulator.Endpoint.Address.ToString(), simulator.Endpoint.Port, _dir));

    private string Normalize(RecordedScenario recorded)
    {
        var path = Path.Combine(_dir, "normalized.txt");
        var (exit, output, error) = Cli.Run(string.Empty, "normalize", recorded.Verdict.Directory, "--transcript-out", path);
        Assert.True(exit == 0, output + error);
        return File.ReadAllText(path);
    }
}
