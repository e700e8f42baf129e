namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr selfplay</c> over a temporary folder.</summary>
public sealed class SelfPlayTests : IDisposable
{
    private const string Good = """
        handshake {"server_version":200,"connection_time":"20260101 09:30:00 UTC"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}
        client req_quote {"req_id":"$req1","contract":{"symbol":"AAPL"},"snapshot":true}
        server tick_price {"req_id":"$req1","field":1,"price":"189.10"}
        server tick_snapshot_end {"req_id":"$req1"}
        """;

    // Line 4 does not survive encode + decode: an empty code (a zero-is-a-value int) is written as 0.
    private const string Bad = """
        handshake {"server_version":200,"connection_time":"20260101 09:30:00 UTC"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}
        server api_error {"req_id":-1,"code":"","message":"ok"}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-selfplay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void One_passing_and_one_failing_file_exit_1_with_a_line_each_and_the_totals()
    {
        File.WriteAllText(Path.Combine(_dir, "a_good.txt"), Good);
        var bad = Path.Combine(_dir, "b_bad.txt");
        File.WriteAllText(bad, Bad);

        var (exit, output, error) = Cli.Run(string.Empty, "selfplay", _dir, "--timeout", "5s");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        var lines = Cli.Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("PASS a_good", lines[0]);
        Assert.StartsWith("FAIL b_bad: server api_error: code: expected \"\", got 0", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($"({bad}:4)", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed", lines[2]);
    }

    [Fact]
    public void A_lint_problem_fails_the_file()
    {
        var file = Path.Combine(_dir, "typo.txt");
        File.WriteAllText(file, Good.Replace("tick_price", "tick_prize", StringComparison.Ordinal));

        var (exit, output, _) = Cli.Run(string.Empty, "selfplay", file);

        Assert.Equal(1, exit);
        var lines = Cli.Lines(output);
        Assert.StartsWith("FAIL typo: lint: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith($"({file}:5)", lines[0], StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed", lines[1]);
    }

    [Fact]
    public void A_client_step_that_never_comes_fails_naming_its_line()
    {
        // After the disconnect on line 7 no handshake reopens a connection, so line 8 is never sent.
        var file = Path.Combine(_dir, "orphan.txt");
        File.WriteAllText(file, Good + "\ndisconnect\nclient req_current_time {}\nserver current_time {\"time\":\"1767259800\"}\n");

        var (exit, output, error) = Cli.Run(string.Empty, "selfplay", file, "--timeout", "5s");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        var lines = Cli.Lines(output);
        Assert.StartsWith("FAIL orphan: client req_current_time: this step never reaches the gateway: the disconnect at line 7", lines[0], StringComparison.Ordinal);
        Assert.EndsWith($"({file}:8)", lines[0], StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed", lines[1]);
    }

    [Fact]
    public void All_passing_exits_0()
    {
        File.WriteAllText(Path.Combine(_dir, "good.txt"), Good);
        var (exit, output, _) = Cli.Run(string.Empty, "selfplay", _dir);
        Assert.Equal(0, exit);
        Assert.Equal(["PASS good", "1 passed, 0 failed"], Cli.Lines(output));
    }

    [Fact]
    public void A_bad_timeout_is_usage()
    {
        var (exit, _, error) = Cli.Run(string.Empty, "selfplay", _dir, "--timeout", "soon");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: --timeout", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_frame_split_into_chunks_is_built_as_a_client_message_on_both_sides()
    {
        File.WriteAllText(Path.Combine(_dir, "split.txt"), """
            handshake {"server_version":200,"connection_time":"20260101 09:30:00 UTC"}
            server managed_accounts {"accounts":["DU0000001"]}
            server next_valid_id {"order_id":1}
            split client 3,5 req_current_time {}
            server current_time {"time":"1767259800"}
            """);

        var (exit, output, _) = Cli.Run(string.Empty, "selfplay", _dir, "--timeout", "5s");

        Assert.Equal(["PASS split", "1 passed, 0 failed"], Cli.Lines(output));
        Assert.Equal(0, exit);
    }
}
