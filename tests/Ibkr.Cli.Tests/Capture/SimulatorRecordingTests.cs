using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.Protocol.Transcripts;
using Ibkr.Simulator;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// The simulator as the recorder's upstream: a capture scenario runs through the in-process recorder, the
/// capture verifies, and its normalized transcript passes <c>ibkr lint</c> and <c>ibkr selfplay</c>.
/// </summary>
public sealed class SimulatorRecordingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-simrec-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("bootstrap")]
    [InlineData("current_time")]
    [InlineData("contract_details_aapl_stk")]
    [InlineData("contract_details_not_found")]
    [InlineData("matching_symbols_aapl")]
    [InlineData("quote_snapshot_aapl")]
    [InlineData("historical_bars_1d_1h")]
    [InlineData("head_timestamp_aapl")]
    [InlineData("account_summary_snapshot")]
    [InlineData("positions_snapshot")]
    [InlineData("open_orders")]
    [InlineData("executions")]
    [InlineData("completed_orders")]
    [InlineData("place_order_far_limit_cancel_aapl")]
    public async Task A_scenario_recorded_from_the_simulator_normalizes_lints_and_self_plays(string name)
    {
        var scenario = ScenarioCatalog.Find(name)!;
        RecordedScenario recorded;
        await using (var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = 5 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            recorded = await RecordedBatch.RunAsync(
                scenario,
                new DriverOptions("127.0.0.1", 0) { TradingEnabled = true, ReplyTimeout = TimeSpan.FromSeconds(10) },
                new RecordedBatchOptions("127.0.0.1", simulator.Endpoint.Port, _dir));
        }

        Assert.True(recorded.Passed, recorded.Outcome.Error + recorded.Verdict);
        var normalized = Path.Combine(_dir, name + ".txt");
        var (normalizeExit, normalizeOut, normalizeError) = Cli.Run(string.Empty, "normalize", recorded.Verdict.Directory, "--transcript-out", normalized);
        Assert.True(normalizeExit == 0, normalizeOut + normalizeError);
        var (lintExit, lintOut, _) = Cli.Run(string.Empty, "lint", normalized);
        Assert.True(lintExit == 0, lintOut + File.ReadAllText(normalized));
        var (selfExit, selfOut, _) = Cli.Run(string.Empty, "selfplay", normalized, "--timeout", "10s");
        Assert.True(selfExit == 0, selfOut + File.ReadAllText(normalized));
        var transcript = CaptureTestKit.Load(normalized);
        Assert.Equal(scenario.Legs, CaptureTestKit.Counts(transcript).Handshakes);
        Assert.Empty(transcript.Steps.OfType<RawStep>());
    }
}
