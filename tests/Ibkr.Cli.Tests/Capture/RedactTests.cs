using System.Text;
using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Redacting;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Tests.Capture;

/// <summary><c>ibkr redact</c>: stable placeholders in transcripts and captures, raw frames re-framed.</summary>
public sealed class RedactTests : IDisposable
{
    private static readonly string RawAccounts = Convert.ToBase64String(FrameWriter.Frame(Encoding.ASCII.GetBytes("15\u00001\u0000U7654321,DU0000001\u0000")));

    private static readonly string Leaky = CaptureTestKit.Bootstrap.Replace("[\"DU0000001\"]", "[\"U7654321\",\"DU0000001\"]", StringComparison.Ordinal) + $$"""

        # Seen on U7654321 in a live run.
        client req_executions {"req_id":"$req1","account":"U7654321"}
        server execution_detail {"req_id":"$req1","order_id":5,"contract":{"sec_type":"STK"},"symbol":"AAPL","exec_id":"0001f4e8.65a1b2c3.01.01","account":"U7654321","side":"BOT","shares":"100","price":"189.10","perm_id":"1876543210","client_id":1,"order_ref":"ibkr-capture-20260406T093000Z-abc123-001"}
        raw server {{RawAccounts}}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-redact-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_dry_run_prints_the_replacements_and_changes_nothing()
    {
        var file = Write("leaky.txt", Leaky);

        var (exit, output, _) = Cli.Run(string.Empty, "redact", file);

        Assert.Equal(0, exit);
        var lines = Cli.Lines(output);
        Assert.Contains($"{file}: account U7654321 -> DU0000002 (5x)", lines);
        Assert.Contains($"{file}: perm_id 1876543210 -> 900000001 (1x)", lines);
        Assert.Contains($"{file}: exec_id 0001f4e8.65a1b2c3.01.01 -> 0000a001.00000001.01.01 (1x)", lines);
        Assert.Contains($"{file}: order_ref ibkr-capture-20260406T093000Z-abc123-001 -> t-ord-1 (1x)", lines);
        Assert.Equal("1 files to rewrite (dry run; --in-place writes), 8 replacements, 0 problems", lines[^1]);
        Assert.Equal(Leaky, File.ReadAllText(file));
    }

    [Fact]
    public void In_place_the_same_id_gets_the_same_placeholder_in_every_file_and_the_result_lints()
    {
        var first = Write("a.txt", Leaky);
        var second = Write("b.txt", Leaky.Replace("\"order_id\":5", "\"order_id\":6", StringComparison.Ordinal));

        Assert.Equal(0, Cli.Run(string.Empty, "redact", _dir, "--in-place").Exit);

        foreach (var file in new[] { first, second })
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("U7654321", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1876543210", text, StringComparison.Ordinal);
            Assert.Contains("\"account\":\"DU0000002\"", text, StringComparison.Ordinal);
            Assert.Contains("\"perm_id\":\"900000001\"", text, StringComparison.Ordinal);

            // The raw frame was re-framed around the shorter placeholder list and still decodes.
            var raw = Convert.FromBase64String(text.Split('\n').Single(l => l.StartsWith("raw server ", StringComparison.Ordinal))["raw server ".Length..]);
            Assert.Equal("15\u00001\u0000DU0000002,DU0000001\u0000", Encoding.ASCII.GetString(raw, 4, raw.Length - 4));
            Assert.Equal(raw.Length - 4, (raw[2] << 8) | raw[3]);
            var (lintExit, lintOut, _) = Cli.Run(string.Empty, "lint", file);
            Assert.True(lintExit == 0, lintOut + text);
        }

        var (_, again, _) = Cli.Run(string.Empty, "redact", _dir);
        Assert.Equal("0 files to rewrite (dry run; --in-place writes), 0 replacements, 0 problems", Cli.Lines(again)[^1]);
    }

    [Fact]
    public void A_capture_directory_is_redacted_re_framed_and_still_verifies()
    {
        var leaky = SessionBytes.ServerFrames.SelectMany(f => FrameWriter.Frame(Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(f).Replace("DU0000001", "U7654321", StringComparison.Ordinal)))).ToArray();
        var dir = CaptureWriter.Create(_dir, "capture", [CaptureWriter.Connect(), CaptureWriter.Chunk(CaptureEvent.Client, SessionBytes.Client), CaptureWriter.Chunk(CaptureEvent.Server, leaky), CaptureWriter.Disconnect()]);
        File.WriteAllText(Path.Combine(dir, CaptureFiles.DriverLog), "bootstrap complete: accounts=U7654321\n");

        var (exit, output, _) = Cli.Run(string.Empty, "redact", dir, "--in-place");

        Assert.True(exit == 0, output);
        Assert.Contains($"{Path.Combine(dir, CaptureFiles.DriverLog)}: account U7654321 -> DU0000001 (1x)", Cli.Lines(output));
        Assert.Equal("bootstrap complete: accounts=DU0000001\n", File.ReadAllText(Path.Combine(dir, CaptureFiles.DriverLog)));
        Assert.Equal(0, Cli.Run(string.Empty, "verify", dir).Exit);
        Assert.Equal(0, Cli.Run(string.Empty, "normalize", dir).Exit);
        Assert.Contains(Convert.ToBase64String(Encoding.ASCII.GetBytes("15\u00001\u0000DU0000001\u0000")), File.ReadAllText(Path.Combine(dir, CaptureFiles.Frames)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_identifier_in_the_repository_transcripts_looks_sanitized()
    {
        var folder = CaptureTestKit.TranscriptsFolder;

        var result = Redactor.Run([folder]);

        Assert.Empty(result.Problems);
        Assert.True(result.Replacements.Count == 0, string.Join("\n", result.Replacements.Select(r => $"{r.File}: {Identifiers.Name(r.Kind)} {r.Original} does not look sanitized")));
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            foreach (var token in Identifiers.AccountToken().Matches(File.ReadAllText(file)).Select(m => m.Value))
            {
                Assert.True(Identifiers.IsSanitized(IdentifierKind.Account, token), $"{file}: account-like {token}");
            }
        }
    }

    private string Write(string name, string text)
    {
        var file = Path.Combine(_dir, name);
        File.WriteAllText(file, text);
        return file;
    }
}
