using Ibkr.Protocol.Transcripts;

namespace Ibkr.Protocol.Tests.Transcripts;

/// <summary>Every malformed line is reported with its exact line, column and reason; parsing never throws.</summary>
public class TranscriptParserProblemTests
{
    public static TheoryData<string, string> MalformedLines() => new()
    {
        { "  client  x {}", "1:10: extra space before message name (tokens are separated by one space)" },
        { "sever x {}", "1:1: unknown step kind \"sever\" (expected one of client, server, handshake, sleep, disconnect, split, raw)" },
        { "Client x {}", "1:1: unknown step kind \"Client\" (did you mean \"client\"?)" },
        { "disconnect now", "1:12: unexpected text after disconnect" },
        { "sleep 5", "1:7: missing unit in duration \"5\"" },
        { "sleep 1q", "1:7: unknown unit \"q\" in duration \"1q\"" },
        { "sleep 1..5s", "1:7: bad duration \"1..5s\"" },
        { "sleep -1s", "1:7: negative duration \"-1s\"" },
        { "sleep", "1:6: missing duration" },
        { "split sideways 1 x {}", "1:7: bad split direction \"sideways\" (expected client or server)" },
        { "split server 0 x {}", "1:14: split size must be positive, got 0" },
        { "split server 1,a x {}", "1:16: bad split size \"a\" (expected a positive integer)" },
        { "split server 1,,2 x {}", "1:16: bad split size \"\" (expected a positive integer)" },
        { "split server -3 x {}", "1:14: bad split size \"-3\" (expected a positive integer)" },
        { "split server 4 {}", "1:16: missing message name" },
        { "raw server QQ=", "1:12: bad base64 (standard alphabet with padding expected)" },
        { "raw server QQ== QQ==", "1:16: bad base64: whitespace inside" },
        { "raw server", "1:11: missing base64 bytes" },
        { "raw server ", "1:11: missing base64 bytes" },
        { "raw", "1:4: missing raw direction" },
        { "raw server \"\"", "1:12: bad base64 (standard alphabet with padding expected)" },
        { "raw up QQ==", "1:5: bad raw direction \"up\" (expected client or server)" },
        { "client x {\"a\":1,}", "1:17: bad JSON: The JSON object contains a trailing comma at the end which is not supported in this mode." },
        { "client x {\"a\":1} # note", "1:18: bad JSON: '#' is invalid after a single JSON value. Expected end of data." },
        { "client x null", "1:10: the body must be a JSON object, not null" },
        { "client x [1]", "1:10: the body must be a JSON object, not an array" },
        { "client x \"s\"", "1:10: the body must be a JSON object, not a string" },
        { "client x", "1:9: missing JSON body" },
        { "client", "1:7: missing message name" },
        { "client {\"a\":1}", "1:8: missing message name" },
        { "handshake", "1:10: missing JSON body" },
        { "server x {\"req_id\":\"$r\"}", "1:20: binding $r is used before a client step binds it" },
        { "split server 2 x {\"req_id\":\"$r\"}", "1:28: binding $r is used before a client step binds it" },
        { "handshake {\"client_id\":\"$c\",\"v\":\"$c\"}", "1:33: binding $c is used before a client step binds it" },
        { "server y {\"a\":1,\"a\":2}", "1:17: duplicate key \"a\"" },
        { "client y {\"é\":1,\"b\":x}", "1:21: bad JSON: 'x' is an invalid start of a value." },
        { "client y {\"a\":{\"b\":1}", "1:22: bad JSON: unexpected end of the body (an object or array is not closed)" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void A_malformed_line_is_reported_by_line_and_column(string line, string expected)
    {
        var result = TranscriptParser.Parse("t.txt", "# header\n" + line + "\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("t.txt:" + Increment(expected), problem.ToString());
        Assert.Single(result.Transcript.Entries);
    }

    [Fact]
    public void Problems_on_several_lines_are_all_reported()
    {
        var result = TranscriptParser.Parse("t.txt", "sever x {}\nclient x {}\nsleep nope\n");
        Assert.Equal([1, 3], result.Problems.Select(p => p.Line));
        Assert.IsType<MessageStep>(Assert.Single(result.Transcript.Entries));
    }

    [Fact]
    public void Bindings_bind_on_first_client_use_and_across_disconnects()
    {
        var text = """
            handshake {"server_version":200,"client_id":"$cid"}
            server echo {"id":"$cid"}
            client req_x {"req_id":"$req1","nested":{"id":"$req2"}}
            server x {"req_id":"$req1","items":[{"id":"$req2"}]}
            disconnect
            split server 1,2 x {"req_id":"$req1"}
            """;
        Assert.Empty(TranscriptParser.Parse("t.txt", text).Problems);
    }

    [Fact]
    public void The_validator_sees_every_clean_step_and_its_problems_are_added()
    {
        var seen = new List<string>();
        var result = TranscriptParser.Parse("t.txt", "# c\nclient bogus {}\nsleep 1s\n", (path, step) =>
        {
            seen.Add(step.GetType().Name);
            return step is MessageStep { Name: "bogus" } m
                ? [new TranscriptProblem(path, m.Line, m.Column + 7, "unknown client message \"bogus\"")]
                : [];
        });
        Assert.Equal(["MessageStep", "SleepStep"], seen);
        Assert.Equal("t.txt:2:8: unknown client message \"bogus\"", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Steps_keep_their_source_position_and_values()
    {
        var result = TranscriptParser.Parse("t.txt", "\r\n  sleep 1m30s\r\nraw client AAAAAQ==\nsplit client 1,03 n {}\n");
        Assert.Empty(result.Problems);
        var entries = result.Transcript.Entries;
        Assert.IsType<TranscriptBlank>(entries[0]);
        var sleep = Assert.IsType<SleepStep>(entries[1]);
        Assert.Equal((2, 3, TimeSpan.FromSeconds(90), "1m30s"), (sleep.Line, sleep.Column, sleep.Duration, sleep.Text));
        Assert.Equal([0, 0, 0, 1], Assert.IsType<RawStep>(entries[2]).Bytes);
        Assert.Equal([1, 3], Assert.IsType<SplitStep>(entries[3]).Sizes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0")]
    [InlineData("client x {\"a\":\"\\uD800\"}")]
    [InlineData("server x {\"\\uDC00\":1}")]
    [InlineData("client x {\"a\":1e999999}")]
    [InlineData("sleep 99999999999999999999999h")]
    [InlineData("sleep .s")]
    [InlineData("split server 99999999999 x {}")]
    public void Odd_input_never_throws(string text)
    {
        var result = TranscriptParser.Parse("t.txt", text);
        Assert.NotNull(result);
    }

    private static string Increment(string expected)
    {
        var colon = expected.IndexOf(':', StringComparison.Ordinal);
        return (int.Parse(expected[..colon], System.Globalization.CultureInfo.InvariantCulture) + 1) + expected[colon..];
    }
}
