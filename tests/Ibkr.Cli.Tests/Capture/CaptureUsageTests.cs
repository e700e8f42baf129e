using Ibkr.Cli.Capture;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>Usage errors and empty runs of the capture verbs: one line, the right exit code.</summary>
public sealed class CaptureUsageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-capture-usage-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("--listen", "nowhere", "error: --listen: expected HOST:PORT, got \"nowhere\"")]
    [InlineData("--upstream", "127.0.0.1", "error: --upstream: expected HOST:PORT, got \"127.0.0.1\"")]
    [InlineData("--timeout", "soon", "error: --timeout: ")]
    [InlineData("--idle-timeout", "-1s", "error: --idle-timeout: ")]
    public void Record_rejects_bad_options_with_exit_2(string option, string value, string message)
    {
        string[] listen = option == "--listen" ? [] : ["--listen", "127.0.0.1:0"];
        var (exit, _, error) = Cli.Run(string.Empty, ["record", .. listen, "--out", _dir, option, value]);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_dir));
    }

    [Fact]
    public void A_recording_that_sees_no_connection_before_its_timeout_exits_1_and_keeps_its_directory()
    {
        var (exit, output, error) = Cli.Run(string.Empty, "record", "--listen", "127.0.0.1:0", "--upstream", "127.0.0.1:1", "--out", _dir, "--scenario", "idle", "--timeout", "200ms");

        Assert.Equal(1, exit);
        var lines = Cli.Lines(output);
        Assert.StartsWith("listening on 127.0.0.1:", lines[0], StringComparison.Ordinal);
        Assert.Equal(Assert.Single(Directory.GetDirectories(_dir)), lines[1]);
        Assert.Contains("error: no connection was recorded", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, File.ReadAllText(Path.Combine(lines[1], CaptureFiles.Events)));
    }

    [Fact]
    public void Normalize_names_the_missing_directory_and_the_bad_line()
    {
        Assert.Equal(2, Cli.Run(string.Empty, "normalize", Path.Combine(_dir, "missing")).Exit);

        var dir = CaptureWriter.Create(_dir, "bad", [CaptureWriter.Connect(), CaptureWriter.Connect()]);
        var (exit, output, _) = Cli.Run(string.Empty, "normalize", dir);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {Path.Combine(dir, "events.jsonl")}:2: leg 1 connected twice", Cli.Lines(output)[0]);
    }

    [Fact]
    public void Verify_and_redact_report_missing_paths()
    {
        var missing = Path.Combine(_dir, "missing");

        var (verifyExit, verifyOut, _) = Cli.Run(string.Empty, "verify", missing);
        var (redactExit, redactOut, _) = Cli.Run(string.Empty, "redact", missing);

        Assert.Equal(1, verifyExit);
        Assert.Equal([$"FAIL {missing}: no such directory", "0 passed, 1 failed"], Cli.Lines(verifyOut));
        Assert.Equal(1, redactExit);
        Assert.Contains($"error: {missing}: no such file or directory", redactOut, StringComparison.Ordinal);
    }
}
