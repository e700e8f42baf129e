namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr fmt</c> over temporary folders.</summary>
public sealed class FmtTests : IDisposable
{
    private const string Canonical = "# pins x\n\nhandshake {\"server_version\":200}\nclient req_x {\"req_id\":\"$r\",\"price\":150.00}\nsleep 1m30s\n";
    private const string Messy = "  # pins x  \r\n\r\nhandshake   {\"server_version\" : 200}\r\nclient req_x { \"req_id\":\"$r\", \"price\":150.00 }\r\nsleep 90s";

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-fmt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Rewrites_non_canonical_files_in_a_folder_tree_and_leaves_others_alone()
    {
        var messy = Write("sub/messy.txt", Messy);
        var clean = Write("clean.txt", Canonical);
        var other = Write("notes.md", Messy);
        var before = File.GetLastWriteTimeUtc(clean);

        var (exit, output, error) = Cli.Run(string.Empty, "fmt", _dir);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal([messy, "2 files, 1 reformatted"], Cli.Lines(output));
        Assert.Equal(Canonical, File.ReadAllText(messy));
        Assert.Equal(Canonical, File.ReadAllText(clean));
        Assert.Equal(before, File.GetLastWriteTimeUtc(clean));
        Assert.Equal(Messy, File.ReadAllText(other));
        Assert.Equal((0, "2 files, 0 reformatted"), (Cli.Run(string.Empty, "fmt", _dir).Exit, Cli.Lines(Cli.Run(string.Empty, "fmt", _dir).Out)[0]));
    }

    [Fact]
    public void Check_changes_nothing_lists_non_canonical_files_and_exits_1()
    {
        var messy = Write("messy.txt", Messy);
        Write("clean.txt", Canonical);

        var (exit, output, _) = Cli.Run(string.Empty, "fmt", "--check", _dir);

        Assert.Equal(1, exit);
        Assert.Equal([messy, "2 files, 1 not canonical"], Cli.Lines(output));
        Assert.Equal(Messy, File.ReadAllText(messy));
    }

    [Fact]
    public void Check_exits_0_when_everything_is_canonical()
    {
        var clean = Write("clean.txt", Canonical);
        var (exit, output, _) = Cli.Run(string.Empty, "fmt", "--check", clean);
        Assert.Equal(0, exit);
        Assert.Equal(["1 files, 0 not canonical"], Cli.Lines(output));
    }

    [Fact]
    public void A_file_with_problems_is_reported_by_line_and_column_and_not_rewritten()
    {
        var bad = Write("bad.txt", "client  x {}\nsever x {}\nserver y {\"req_id\":\"$r\"}\n");
        var messy = Write("messy.txt", Messy);

        var (exit, output, _) = Cli.Run(string.Empty, "fmt", bad, messy);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{bad}:1:8: extra space before message name (tokens are separated by one space)",
                $"{bad}:2:1: unknown step kind \"sever\" (expected one of client, server, handshake, sleep, disconnect, split, raw)",
                $"{bad}:3:20: binding $r is used before a client step binds it",
                messy,
                "2 files, 1 reformatted, 1 with problems",
            ],
            Cli.Lines(output));
        Assert.Equal("client  x {}\nsever x {}\nserver y {\"req_id\":\"$r\"}\n", File.ReadAllText(bad));
        Assert.Equal(Canonical, File.ReadAllText(messy));
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, Cli.Run(string.Empty, "fmt").Exit);
        Assert.Equal(2, Cli.Run(string.Empty, "fmt", "--bogus", _dir).Exit);
        var (exit, _, error) = Cli.Run(string.Empty, "fmt", Path.Combine(_dir, "missing.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("no such file or directory", error, StringComparison.Ordinal);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
