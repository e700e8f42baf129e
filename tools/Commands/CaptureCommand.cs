using System.CommandLine;
using System.Runtime.InteropServices;
using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Scenarios;

namespace Ibkr.Cli.Commands;

/// <summary>
/// <c>ibkr capture</c>: runs catalog scenarios against a gateway address, or with <c>--record-upstream</c>
/// records each one through its own in-process recorder and verifies the capture.
/// </summary>
internal static class CaptureCommand
{
    public static Command Create(CliConsole console)
    {
        var scenarios = new Option<string[]>("--scenario") { Description = "Scenarios to run (repeatable).", AllowMultipleArgumentsPerToken = true };
        var batch = new Option<string?>("--batch") { Description = "A batch of scenarios (see --list)." };
        var addr = new Option<string?>("--addr") { Description = "The gateway (normally the recorder), HOST:PORT; with --record-upstream, the recorder's listen address (default 127.0.0.1:0)." };
        var output = new Option<string?>("--out") { Description = "Where driver.log and driver_events.jsonl go; with --record-upstream, the root of the capture directories (default captures)." };
        var clientId = new Option<int?>("--client-id") { Description = "Client id for every scenario (default: the scenario's own)." };
        var list = new Option<bool>("--list") { Description = "Print the catalog with batches and exit." };
        var upstream = new Option<string?>("--record-upstream") { Description = "Record each scenario through an in-process recorder forwarding to this Gateway, HOST:PORT, then verify it." };
        var timeout = new Option<string>("--timeout") { Description = "Limit on every wait for a reply (Go duration, default 30s).", DefaultValueFactory = _ => "30s" };
        var command = new Command("capture", "Capture driver: run scenarios from the catalog against a gateway (optionally recording and verifying each).")
        {
            scenarios, batch, addr, output, clientId, list, upstream, timeout,
        };
        command.SetAction(parse => parse.GetValue(list)
            ? List(console)
            : Run(console, new CaptureArguments(parse.GetValue(scenarios) ?? [], parse.GetValue(batch), parse.GetValue(addr), parse.GetValue(output), parse.GetValue(clientId), parse.GetValue(upstream), parse.GetValue(timeout)!)));
        return command;
    }

    private sealed record CaptureArguments(string[] Scenarios, string? Batch, string? Addr, string? Out, int? ClientId, string? Upstream, string Timeout);

    private static int List(CliConsole console)
    {
        foreach (var s in ScenarioCatalog.All)
        {
            console.Out.WriteLine($"  {s.Name,-36} {s.Domain,-12} {Risk(s.Risk),-18} [{string.Join(',', ScenarioCatalog.Batches(s))}] {s.Description}");
        }

        console.Out.WriteLine($"batches: {string.Join(", ", ScenarioCatalog.BatchNames.Select(b => $"{b} ({ScenarioCatalog.Batch(b).Count})"))}");
        console.Out.WriteLine($"{ScenarioCatalog.All.Count} scenarios");
        return ExitCodes.Ok;
    }

    private static string Risk(RiskClass risk) => risk switch
    {
        RiskClass.ReadOnly => "read_only",
        RiskClass.EntitlementProbe => "entitlement_probe",
        _ => "paper_order",
    };

    private static int Run(CliConsole console, CaptureArguments a)
    {
        if ((a.Scenarios.Length > 0) == (a.Batch is not null))
        {
            console.Error.WriteLine("error: give --scenario NAME... or --batch NAME (or --list)");
            return ExitCodes.Usage;
        }

        var selected = a.Batch is not null ? ScenarioCatalog.Batch(a.Batch) : [.. a.Scenarios.Select(ScenarioCatalog.Find).OfType<Scenario>()];
        var unknown = a.Batch is not null ? (selected.Count == 0 ? [a.Batch] : []) : a.Scenarios.Where(n => ScenarioCatalog.Find(n) is null).ToList();
        if (unknown.Count > 0)
        {
            console.Error.WriteLine($"error: unknown {(a.Batch is null ? "scenario" : "batch")} {string.Join(", ", unknown)} (see ibkr capture --list)");
            return ExitCodes.Usage;
        }

        if (!Endpoints.TryParseDuration(console, "--timeout", a.Timeout, out var replyTimeout))
        {
            return ExitCodes.Usage;
        }

        string host = "127.0.0.1";
        var port = 0;
        if (a.Upstream is null && (a.Addr is null || !Endpoints.TryParseHostPort(a.Addr, out host, out port)))
        {
            console.Error.WriteLine($"error: --addr: expected HOST:PORT, got \"{a.Addr}\"");
            return ExitCodes.Usage;
        }

        using var stop = new CancellationTokenSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        var driver = new DriverOptions(host, port)
        {
            ClientId = a.ClientId,
            ReplyTimeout = replyTimeout,
            TradingEnabled = TradingGate.OptedIn(Environment.GetEnvironmentVariable),
            Echo = line => console.Out.WriteLine(line),
            Cancellation = stop.Token,
        };
        var results = a.Upstream is null ? RunDirect(console, selected, driver, a.Out) : RunRecorded(console, selected, driver, a);
        if (results is null)
        {
            return ExitCodes.Usage;
        }

        var passed = results.Count(r => r);
        console.Out.WriteLine($"{passed} passed, {results.Count - passed} failed");
        return passed == results.Count ? ExitCodes.Ok : ExitCodes.Problems;

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static List<bool> RunDirect(CliConsole console, IReadOnlyList<Scenario> scenarios, DriverOptions driver, string? output)
    {
        if (output is not null)
        {
            Directory.CreateDirectory(output);
        }

        var results = new List<bool>();
        foreach (var scenario in scenarios)
        {
            var outcome = CaptureDriver.RunAsync(scenario, driver, CaptureDriver.NewRunId(DateTimeOffset.UtcNow), output).GetAwaiter().GetResult();
            console.Out.WriteLine(outcome.Passed ? $"PASS {scenario.Name} run={outcome.RunId}" : $"FAIL {scenario.Name} run={outcome.RunId}: {outcome.Error}");
            results.Add(outcome.Passed);
        }

        return results;
    }

    private static List<bool>? RunRecorded(CliConsole console, IReadOnlyList<Scenario> scenarios, DriverOptions driver, CaptureArguments a)
    {
        if (!Endpoints.TryParseHostPort(a.Upstream!, out var upHost, out var upPort))
        {
            console.Error.WriteLine($"error: --record-upstream: expected HOST:PORT, got \"{a.Upstream}\"");
            return null;
        }

        var options = new RecordedBatchOptions(upHost, upPort, a.Out ?? "captures") { Log = line => console.Error.WriteLine(line) };
        if (a.Addr is not null)
        {
            if (!Endpoints.TryParseHostPort(a.Addr, out var listenHost, out var listenPort) || !System.Net.IPAddress.TryParse(listenHost, out var listenAddress))
            {
                console.Error.WriteLine($"error: --addr: expected IP:PORT to listen on, got \"{a.Addr}\"");
                return null;
            }

            options = options with { Listen = new System.Net.IPEndPoint(listenAddress, listenPort) };
        }

        var results = new List<bool>();
        foreach (var scenario in scenarios)
        {
            var recorded = RecordedBatch.RunAsync(scenario, driver, options).GetAwaiter().GetResult();
            var detail = recorded.Outcome.Passed ? recorded.Verdict.ToString() : $"FAIL {recorded.Verdict.Directory}: driver: {recorded.Outcome.Error}";
            console.Out.WriteLine($"{scenario.Name}: {detail}");
            results.Add(recorded.Passed);
        }

        return results;
    }
}
