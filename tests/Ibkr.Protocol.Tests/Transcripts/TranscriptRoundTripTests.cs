using Ibkr.Protocol.Transcripts;

namespace Ibkr.Protocol.Tests.Transcripts;

/// <summary>parse → write → parse keeps the steps; write is idempotent; the ibkr-go corpus parses cleanly and is canonical.</summary>
public class TranscriptRoundTripTests
{
    public static TheoryData<string, string> Synthetic() => new()
    {
        { "handshake {\"server_version\":200,\"connection_time\":\"20260405 12:00:00 CET\"}\n", "handshake {\"server_version\":200,\"connection_time\":\"20260405 12:00:00 CET\"}\n" },
        { "  # note  \r\n\r\nclient req_x   { \"req_id\" : \"$r\" , \"price\" : 150.00 }\r\n", "# note\n\nclient req_x {\"req_id\":\"$r\",\"price\":150.00}\n" },
        { "server x {\"z\":1,\"a\":[1.50, -0, 1e5, 2E-3],\"n\":null,\"t\":true}", "server x {\"z\":1,\"a\":[1.50,-0,1e5,2E-3],\"n\":null,\"t\":true}\n" },
        { "sleep 90s\nsleep   1500us\nsleep 0\n", "sleep 1m30s\nsleep 1.5ms\nsleep 0s\n" },
        { "split server 01,2 x {}\nraw server AAAABTEAMgA=\ndisconnect\n", "split server 1,2 x {}\nraw server AAAABTEAMgA=\ndisconnect\n" },
        { "server f {\"data\":\"<a b=\\\"c\\\">é</a>\"}\n", "server f {\"data\":\"<a b=\\\"c\\\">é</a>\"}\n" },
        { "server f {\"u\":\"\\u00e9\\n\"}\n", "server f {\"u\":\"é\\n\"}\n" },
        { "", "" },
        { "\n\n", "\n\n" },
    };

    [Theory]
    [MemberData(nameof(Synthetic))]
    public void Writes_the_canonical_form(string text, string canonical)
    {
        var first = TranscriptParser.Parse("t.txt", text);
        Assert.Empty(first.Problems);
        var written = TranscriptWriter.Write(first.Transcript);
        Assert.Equal(canonical, written);
        AssertStable(first.Transcript, written);
    }

    [Fact]
    public void Every_corpus_file_parses_without_problems_and_is_already_canonical()
    {
        ReferenceCorpus.Require();
        var files = ReferenceCorpus.Files();
        Assert.NotEmpty(files);
        var problems = new List<string>();
        var notCanonical = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var result = TranscriptParser.Parse(file, text);
            problems.AddRange(result.Problems.Select(p => p.ToString()));
            var written = TranscriptWriter.Write(result.Transcript);
            if (written != text)
            {
                notCanonical.Add(Path.GetFileName(file));
            }

            AssertStable(result.Transcript, written);
        }

        Assert.Empty(problems);
        Assert.Empty(notCanonical);
    }

    private static void AssertStable(Transcript parsed, string written)
    {
        var again = TranscriptParser.Parse("t.txt", written);
        Assert.Empty(again.Problems);
        Assert.Equal(Describe(parsed), Describe(again.Transcript));
        Assert.Equal(written, TranscriptWriter.Write(again.Transcript));
    }

    private static string[] Describe(Transcript transcript) =>
        [.. transcript.Entries.Select(e => $"{e.Line} {e.GetType().Name} {TranscriptWriter.WriteEntry(e)}")];
}
