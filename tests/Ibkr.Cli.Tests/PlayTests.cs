using Ibkr.Protocol.Transcripts;
using Ibkr.TestHost;

namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr play</c> against an in-process replay host.</summary>
public sealed class PlayTests : IDisposable
{
    private const string Script = """
        handshake {"server_version":200,"connection_time":"20260101 09:30:00 UTC"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}
        client req_current_time {}
        server current_time {"time":1775481940}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-play-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Transcript Parse(string text) => TranscriptParser.Parse("served.txt", text).Transcript;

    [Fact]
    public async Task Playing_the_served_script_passes_with_a_line_per_step()
    {
        await using var host = ReplayHost.Start(Parse(Script));
        var file = Path.Combine(_dir, "play.txt");
        File.WriteAllText(file, Script);

        var (exit, output, _) = Cli.Run(string.Empty, "play", file, "--connect", $"127.0.0.1:{host.Address.Port}");

        Assert.Equal(0, exit);
        var lines = Cli.Lines(output);
        Assert.Equal(["ok 1: handshake", "ok 2: server managed_accounts", "ok 3: server next_valid_id", "ok 4: client req_current_time", "ok 5: server current_time", "PASS"], lines);
        Assert.True((await host.Completion).Consumed);
    }

    [Fact]
    public async Task A_different_server_step_fails_with_its_line()
    {
        await using var host = ReplayHost.Start(Parse(Script));
        var file = Path.Combine(_dir, "play.txt");
        File.WriteAllText(file, Script.Replace("1775481940", "1775481941", StringComparison.Ordinal));

        var (exit, output, _) = Cli.Run(string.Empty, "play", file, "--connect", $"127.0.0.1:{host.Address.Port}", "--timeout", "2s");

        Assert.Equal(1, exit);
        Assert.StartsWith($"FAIL {file}:5: server current_time: time: expected 1775481941, got", Cli.Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_address_is_usage()
    {
        var file = Path.Combine(_dir, "play.txt");
        File.WriteAllText(file, Script);
        var (exit, _, error) = Cli.Run(string.Empty, "play", file, "--connect", "nowhere");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: --connect", error, StringComparison.Ordinal);
    }
}
