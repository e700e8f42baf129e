using Ibkr.Cli.Capture;

namespace Ibkr.Cli.Tests.Capture;

/// <summary><c>ibkr verify</c>: one line per directory naming the file and line of the problem, every directory checked.</summary>
public sealed class VerifyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-verify-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Good(string name, string scenario = "handmade") => CaptureWriter.Create(_dir, name, Session(), scenario);

    private static List<CaptureEvent> Session() =>
        [CaptureWriter.Connect(), CaptureWriter.Chunk(CaptureEvent.Client, SessionBytes.Client), CaptureWriter.Chunk(CaptureEvent.Server, SessionBytes.Server), CaptureWriter.Disconnect()];

    [Fact]
    public void A_good_capture_passes_with_its_evidence()
    {
        var dir = Good("good");

        var (exit, output, _) = Cli.Run(string.Empty, "verify", dir);

        Assert.Equal(0, exit);
        var lines = Cli.Lines(output);
        Assert.StartsWith($"PASS {dir}: legs=1 client=", lines[0], StringComparison.Ordinal);
        Assert.Contains(" server_version=200 sha256=", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 passed, 0 failed", lines[1]);
    }

    [Fact]
    public void An_ibkr_go_capture_with_nanosecond_times_no_kinds_and_no_legs_verifies_and_normalizes()
    {
        var dir = Path.Combine(_dir, "20260415T161858Z-current_time");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, CaptureFiles.Meta), "{\"scenario\":\"current_time\",\"listen_addr\":\"127.0.0.1:4101\",\"upstream\":\"127.0.0.1:4002\",\"client_id\":1,\"started_at\":\"2026-04-15T16:18:58.912345678Z\"}\n");
        string Line(string direction, byte[] data) => $"{{\"at\":\"2026-04-15T16:18:58.912345678Z\",\"direction\":\"{direction}\",\"length\":{data.Length},\"data\":\"{Convert.ToBase64String(data)}\"}}";
        File.WriteAllLines(Path.Combine(dir, CaptureFiles.Events), [Line("client", SessionBytes.Client), Line("server", SessionBytes.Server), "{\"at\":\"2026-04-15T16:18:59.1Z\",\"kind\":\"disconnect\",\"leg\":1}"]);

        var (exit, output, _) = Cli.Run(string.Empty, "verify", dir);

        Assert.True(exit == 0, output);
        Assert.Equal(0, Cli.Run(string.Empty, "normalize", dir).Exit);
    }

    [Fact]
    public void A_truncated_events_file_fails_at_its_last_line_and_the_next_directory_is_still_checked()
    {
        var bad = Good("a_truncated");
        var events = Path.Combine(bad, CaptureFiles.Events);
        var text = File.ReadAllText(events).TrimEnd('\n');
        File.WriteAllText(events, text[..^10]);
        var good = Good("b_good");

        var (exit, output, _) = Cli.Run(string.Empty, "verify", bad, good);

        Assert.Equal(1, exit);
        var lines = Cli.Lines(output);
        Assert.Equal($"FAIL {bad}: events.jsonl:4: not a JSON object (truncated line?)", lines[0]);
        Assert.StartsWith($"PASS {good}", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed", lines[2]);
    }

    [Fact]
    public void A_leg_without_a_disconnect_fails_at_its_connect_line()
    {
        var dir = CaptureWriter.Create(_dir, "open", Session().SkipLast(1));

        var (exit, output, _) = Cli.Run(string.Empty, "verify", dir);

        Assert.Equal(1, exit);
        Assert.Equal($"FAIL {dir}: events.jsonl:1: leg 1 (connected here) has no disconnect event", Cli.Lines(output)[0]);
    }

    [Fact]
    public void Leftover_bytes_fail_at_the_disconnect_line()
    {
        var dir = CaptureWriter.Create(_dir, "leftover", [.. Session().SkipLast(1), CaptureWriter.Chunk(CaptureEvent.Server, [0, 0, 0, 9, 52]), CaptureWriter.Disconnect()]);

        var (exit, output, _) = Cli.Run(string.Empty, "verify", dir);

        Assert.Equal(1, exit);
        Assert.Equal($"FAIL {dir}: events.jsonl:5: leg 1 server ended with a truncated frame (5 pending bytes)", Cli.Lines(output)[0]);
    }

    [Fact]
    public void A_missing_meta_and_a_missing_expected_reply_fail()
    {
        var noMeta = Good("no_meta");
        File.Delete(Path.Combine(noMeta, CaptureFiles.Meta));
        var noReply = Good("no_reply", scenario: "matching_symbols_aapl");

        var (exit, output, _) = Cli.Run(string.Empty, "verify", noMeta, noReply);

        Assert.Equal(1, exit);
        var lines = Cli.Lines(output);
        Assert.Equal($"FAIL {noMeta}: meta.json: missing", lines[0]);
        Assert.Equal($"FAIL {noReply}: scenario matching_symbols_aapl: expected replies missing: 79 matching_symbols", lines[1]);
        Assert.Equal("0 passed, 2 failed", lines[2]);
    }

    [Fact]
    public void A_multi_leg_scenario_with_one_leg_fails_and_an_api_scenario_is_checked_for_its_own_replies()
    {
        var oneLeg = Good("one_leg", scenario: "reconnect_current_time");
        var apiBootstrap = Good("api_bootstrap", scenario: "api_bootstrap");
        var apiQuotes = Good("api_quotes", scenario: "api_quote_stream");

        var (exit, output, _) = Cli.Run(string.Empty, "verify", oneLeg, apiBootstrap, apiQuotes);

        Assert.Equal(1, exit);
        var lines = Cli.Lines(output);
        Assert.Equal($"FAIL {oneLeg}: scenario reconnect_current_time: expected 2 legs, the capture has 1", lines[0]);
        Assert.StartsWith($"PASS {apiBootstrap}: legs=1 ", lines[1], StringComparison.Ordinal);
        Assert.Equal($"FAIL {apiQuotes}: scenario api_quote_stream: expected replies missing: 52 contract_details_end, 1 tick_price", lines[2]);
    }

    [Fact]
    public void A_driver_failure_fails_the_capture()
    {
        var dir = Good("driver_failed", scenario: "current_time");
        File.WriteAllText(Path.Combine(dir, CaptureFiles.DriverEvents), "{\"at\":\"2026-04-06T09:30:00Z\",\"scenario\":\"current_time\",\"run_id\":\"r\",\"kind\":\"scenario_end\",\"error\":\"no current_time within 1s\"}\n");

        var (_, output, _) = Cli.Run(string.Empty, "verify", dir);

        Assert.Equal($"FAIL {dir}: driver_events.jsonl:1: scenario failed: no current_time within 1s", Cli.Lines(output)[0]);
    }
}
