using System.Globalization;
using System.Text.Json.Nodes;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Where and how the driver runs scenarios.</summary>
internal sealed record DriverOptions(string Host, int Port)
{
    /// <summary>Overrides each scenario's default client id.</summary>
    public int? ClientId { get; init; }

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool TradingEnabled { get; init; }

    public Action<string> Echo { get; init; } = _ => { };

    public CancellationToken Cancellation { get; init; }
}

/// <summary>How one scenario run ended.</summary>
internal sealed record ScenarioOutcome(string Scenario, string RunId, string? Error)
{
    public bool Passed => Error is null;
}

/// <summary>
/// Runs one catalog scenario with its journal: <c>scenario_start</c>, the body, <c>scenario_end</c> (with the
/// error when it failed). The trading opt-in is checked before anything connects.
/// </summary>
internal static class CaptureDriver
{
    /// <summary>A run id: UTC start second plus a random suffix, unique even for runs in the same second.</summary>
    public static string NewRunId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    public static async Task<ScenarioOutcome> RunAsync(Scenario scenario, DriverOptions options, string runId, string? directory)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var clientId = options.ClientId ?? scenario.DefaultClientId;
        var journal = new DriverJournal(scenario.Name, runId, directory, line => options.Echo($"{scenario.Name}: {line}"));
        journal.Log($"scenario \"{scenario.Name}\" run {runId} client {clientId} against {options.Host}:{options.Port}");
        journal.Event("scenario_start", new JsonObject { ["client_id"] = clientId, ["server"] = $"{options.Host}:{options.Port}" });
        string? error = null;
        if (scenario.CanTrade && !options.TradingEnabled)
        {
            error = $"refused: {scenario.Name} places orders; set {TradingGate.Variable}=1 to allow it (paper accounts only)";
        }
        else
        {
            var context = new ScenarioContext(options.Host, options.Port, clientId, runId, journal)
            {
                ReplyTimeout = options.ReplyTimeout,
                TradingEnabled = options.TradingEnabled,
                Cancellation = options.Cancellation,
            };
            try
            {
                await scenario.Run(context).ConfigureAwait(false);
            }
            catch (ScenarioFailedException e)
            {
                error = e.Message;
            }
            catch (OperationCanceledException) when (options.Cancellation.IsCancellationRequested)
            {
                error = "interrupted";
            }
        }

        journal.Log(error is null ? $"scenario \"{scenario.Name}\" complete" : $"scenario \"{scenario.Name}\" failed: {error}");
        journal.Event("scenario_end", error is null ? null : new JsonObject { ["error"] = error });
        return new ScenarioOutcome(scenario.Name, runId, error);
    }
}
