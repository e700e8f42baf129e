using System.Net;
using Ibkr.Cli.Capture.Recording;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.Cli.Capture.Verifying;

namespace Ibkr.Cli.Capture;

/// <summary>Where a recorded batch listens, forwards and writes.</summary>
internal sealed record RecordedBatchOptions(string UpstreamHost, int UpstreamPort, string OutputRoot)
{
    public IPEndPoint Listen { get; init; } = new(IPAddress.Loopback, 0);

    /// <summary>Longest wait for the recorder to see the driver's connections close after the scenario ended.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public Action<string> Log { get; init; } = _ => { };
}

/// <summary>One scenario of a recorded batch: the driver's outcome, its capture directory and the verify verdict.</summary>
internal sealed record RecordedScenario(ScenarioOutcome Outcome, CaptureVerdict Verdict)
{
    public bool Passed => Outcome.Passed && Verdict.Passed;
}

/// <summary>
/// Records a batch in one process, replacing ibkr-go's shell glue: per scenario, an in-process recorder with
/// its own directory and the scenario's leg count, the driver pointed at it with the same run id, a bounded
/// wait for the legs to close, then <c>verify</c>. No newest-directory guessing, no sleeps.
/// </summary>
internal static class RecordedBatch
{
    public static async Task<RecordedScenario> RunAsync(Scenario scenario, DriverOptions driver, RecordedBatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(options);
        var runId = CaptureDriver.NewRunId(DateTimeOffset.UtcNow);
        var recorder = Recorder.Start(new RecorderOptions
        {
            Listen = options.Listen,
            UpstreamHost = options.UpstreamHost,
            UpstreamPort = options.UpstreamPort,
            OutputRoot = options.OutputRoot,
            Scenario = scenario.Name,
            ClientId = driver.ClientId ?? scenario.DefaultClientId,
            RunId = runId,
            MaxLegs = scenario.Legs,
            IdleTimeout = options.SettleTimeout,
            Log = line => options.Log($"{scenario.Name}: recorder: {line}"),
        });
        await using (recorder.ConfigureAwait(false))
        {
            var outcome = await CaptureDriver.RunAsync(scenario, driver with { Host = recorder.Address.Address.ToString(), Port = recorder.Address.Port }, runId, recorder.Directory).ConfigureAwait(false);

            // The driver has closed its connections; the recorder ends once it has seen them close.
            await ((Task)recorder.Completion).WaitAsync(options.SettleTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await recorder.StopAsync().ConfigureAwait(false);
            return new RecordedScenario(outcome, CaptureVerifier.Verify(recorder.Directory));
        }
    }
}
