namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr lint</c> over temporary files.</summary>
public sealed class LintTests : IDisposable
{
    private const string Good = """
        # pins a quote snapshot
        handshake {"server_version":200,"connection_time":"20260101 09:30:00 UTC"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}
        client req_quote {"req_id":"$req1","contract":{"symbol":"AAPL"},"snapshot":true}
        server tick_price {"req_id":"$req1","field":1,"price":"189.10"}
        server tick_snapshot_end {"req_id":"$req1"}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_clean_transcript_has_no_problems()
    {
        var file = Write("good.txt", Good);
        var (exit, output, error) = Cli.Run(string.Empty, "lint", file);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(["1 files, 0 problems"], Cli.Lines(output));
    }

    [Fact]
    public void Every_broken_line_is_reported_with_file_line_and_column()
    {
        var file = Write("bad.txt", """
            handshake {"server_version":200}
            server tick_price {"req_id":1,"feild":1}
            server tick_prize {"req_id":1}
            client req_quote {"req_id":1,
            server next_valid_id {"order_id":"$never_bound"}
            sleep 10 parsecs
            """);
        var (exit, output, _) = Cli.Run(string.Empty, "lint", _dir);
        var lines = Cli.Lines(output);
        Assert.Equal(1, exit);
        Assert.Equal("1 files, 5 problems", lines[^1]);
        Assert.StartsWith($"{file}:2:", lines[0], StringComparison.Ordinal);
        Assert.Contains("unknown key \"feild\" for tick_price", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:3:", lines[1], StringComparison.Ordinal);
        Assert.Contains("unknown message name", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:4:", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:5:", lines[3], StringComparison.Ordinal);
        Assert.Contains("$never_bound", lines[3], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:6:", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_bad_usage()
    {
        var (exit, _, error) = Cli.Run(string.Empty, "lint", Path.Combine(_dir, "nope"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
