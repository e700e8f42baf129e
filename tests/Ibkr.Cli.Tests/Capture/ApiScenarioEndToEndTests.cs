using System.Text.Json;
using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.Protocol.Transcripts;
using Ibkr.Simulator;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// The facade (<c>api_</c>) scenarios end to end: the gateway simulator upstream, the recorder in front of it,
/// <c>ibkr capture --batch api</c> (an in-process silo per scenario, its session pointed at the recorder),
/// <c>ibkr verify</c> on every capture, and the two-leg reconnect capture normalized into a transcript that
/// lints and self-plays. The gated order scenario is refused without the opt-in.
/// </summary>
public sealed class ApiScenarioEndToEndTests : IDisposable
{
    private static readonly string[] ReadOnly = ["api_account_summary", "api_bootstrap", "api_contract_details", "api_positions", "api_quote_stream", "api_reconnect_quote"];

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-apicapture-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_api_batch_records_and_verifies_and_the_reconnect_capture_normalizes_to_a_self_playing_transcript()
    {
        Assert.Null(Environment.GetEnvironmentVariable(TradingGate.Variable));
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = 11 }, cancellationToken: TestContext.Current.CancellationToken);

        var (exit, output, error) = await Task.Run(() => Cli.Run(string.Empty, "capture", "--batch", "api", "--record-upstream", simulator.Endpoint.ToString(), "--out", _dir, "--timeout", "10s"));

        var lines = Cli.Lines(output).Where(l => l.Contains(": PASS ", StringComparison.Ordinal) || l.Contains(": FAIL ", StringComparison.Ordinal)).ToList();
        Assert.True(exit == 1, output + error);
        Assert.Equal("6 passed, 1 failed", Cli.Lines(output)[^1]);
        Assert.Equal([.. ReadOnly.Order(StringComparer.Ordinal).Append("api_order_place_cancel").Order(StringComparer.Ordinal)], lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.All(lines.Where(l => !l.StartsWith("api_order_place_cancel", StringComparison.Ordinal)), l => Assert.Contains(": PASS ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("api_order_place_cancel: FAIL ", StringComparison.Ordinal) && l.Contains("refused: api_order_place_cancel places orders; set IBKR_CAPTURE_TRADING=1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("api_reconnect_quote: PASS ", StringComparison.Ordinal) && l.Contains(" legs=2 ", StringComparison.Ordinal));

        var captures = Directory.GetDirectories(_dir).Where(d => !d.EndsWith("-api_order_place_cancel", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ReadOnly.Length, captures.Count);
        foreach (var capture in captures)
        {
            var runId = JsonDocument.Parse(File.ReadAllText(Path.Combine(capture, "meta.json"))).RootElement.GetProperty("labels").GetProperty("run_id").GetString();
            var events = File.ReadAllLines(Path.Combine(capture, CaptureFiles.DriverEvents));
            Assert.All(events, e => Assert.Contains($"\"run_id\":\"{runId}\"", e, StringComparison.Ordinal));
            Assert.Contains(events, e => e.Contains("\"kind\":\"session_ready\"", StringComparison.Ordinal));
            Assert.Contains(" starting an embedded silo: session 'capture' client 1 -> 127.0.0.1:", File.ReadAllText(Path.Combine(capture, CaptureFiles.DriverLog)), StringComparison.Ordinal);
        }

        var (verifyExit, verifyOut, _) = Cli.Run(string.Empty, ["verify", .. captures]);
        Assert.True(verifyExit == 0, verifyOut);

        var reconnect = captures.Single(c => c.EndsWith("-api_reconnect_quote", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(Path.Combine(reconnect, CaptureFiles.DriverEvents)), e => e.Contains("\"kind\":\"subscription_resumed\",\"connection_seq\":2", StringComparison.Ordinal));
        var normalized = Path.Combine(_dir, "api_reconnect_quote.txt");
        var (normalizeExit, normalizeOut, normalizeError) = Cli.Run(string.Empty, "normalize", reconnect, "--transcript-out", normalized);
        Assert.True(normalizeExit == 0, normalizeOut + normalizeError);
        var (lintExit, lintOut, _) = Cli.Run(string.Empty, "lint", normalized);
        Assert.True(lintExit == 0, lintOut);
        var transcript = CaptureTestKit.Load(normalized);
        Assert.Equal(2, CaptureTestKit.Counts(transcript).Handshakes);
        Assert.Single(transcript.Steps.OfType<DisconnectStep>());
        var (selfExit, selfOut, selfError) = Cli.Run(string.Empty, "selfplay", normalized);
        Assert.True(selfExit == 0, selfOut + selfError);
    }

    [Fact]
    public async Task Direct_an_api_scenario_points_its_silo_at_addr_and_journals_to_out()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = 14 }, cancellationToken: TestContext.Current.CancellationToken);

        var (exit, output, error) = await Task.Run(() => Cli.Run(string.Empty, "capture", "--scenario", "api_bootstrap", "--addr", simulator.Endpoint.ToString(), "--out", _dir, "--client-id", "7", "--timeout", "10s"));

        Assert.True(exit == 0, output + error);
        var pass = Assert.Single(Cli.Lines(output), l => l.StartsWith("PASS api_bootstrap run=", StringComparison.Ordinal));
        var runId = pass["PASS api_bootstrap run=".Length..];
        Assert.Contains($"session 'capture' client 7 -> {simulator.Endpoint}", output, StringComparison.Ordinal);
        var events = File.ReadAllLines(Path.Combine(_dir, CaptureFiles.DriverEvents));
        Assert.Equal(["scenario_start", "session_ready", "scenario_end"], events.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("kind").GetString()));
        Assert.All(events, e => Assert.Contains($"\"run_id\":\"{runId}\"", e, StringComparison.Ordinal));
        Assert.Contains("\"client_id\":7", events[1], StringComparison.Ordinal);
        Assert.Contains("current time ", File.ReadAllText(Path.Combine(_dir, CaptureFiles.DriverLog)), StringComparison.Ordinal);
    }
}
