using FsCheck;
using FsCheck.Fluent;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Protocol.Tests.Transcripts;

/// <summary>Generated transcripts built from well- and ill-formed fragments: parse never throws; clean ones round-trip.</summary>
public class TranscriptProperties
{
    private static readonly string[] Fragments =
    [
        "client", "server", "handshake", "sleep", "disconnect", "split", "raw", "sever", "#", " ", "  ", "\t", "\r",
        "req_x", "tick_price", "1", "0", "1,2", "1,,2", "-1", "1m30s", "100ms", ".5s", "1µs", "QQ==", "AAAABTEAMgA=", "QQ=",
        "{}", "{\"req_id\":\"$req1\"}", "{\"p\":150.00,\"a\":[1e5,-0,null,true]}", "{\"s\":\"a b\\\"c\\u00e9\"}", "{\"a\":1,\"a\":2}",
        "client req_x {\"req_id\":\"$req1\",\"p\":1.50}", "server x {\"req_id\":\"$req1\"}", "split server 01,2 x {}", "raw client AAAAAQ==",
        "sleep 1500us", "handshake  {\"server_version\":200}",
        "{", "}", "[1]", "null", "\"x\"", "{\"client_id\":\"$c\"}", "é",
    ];

    [Fact]
    public void Clean_parses_round_trip_and_write_is_idempotent()
    {
        var seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();
        var property = Prop.ForAll(seeds, seed =>
        {
            var text = Generate(new Random(seed));
            var first = TranscriptParser.Parse("g.txt", text);
            if (!first.Ok)
            {
                Assert.All(first.Problems, p => Assert.InRange(p.Column, 1, 1 + text.Length));
                return;
            }

            var written = TranscriptWriter.Write(first.Transcript);
            var again = TranscriptParser.Parse("g.txt", written);
            Assert.Empty(again.Problems);
            Assert.Equal(Describe(first.Transcript), Describe(again.Transcript));
            Assert.Equal(written, TranscriptWriter.Write(again.Transcript));
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(2000), property);
    }

    private static string Generate(Random random)
    {
        var lines = new string[random.Next(0, 6)];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => Fragments[random.Next(Fragments.Length)]));
        }

        return string.Join('\n', lines);
    }

    private static string[] Describe(Transcript transcript) =>
        [.. transcript.Entries.Select(e => $"{e.Line} {e.GetType().Name} {TranscriptWriter.WriteEntry(e)}")];
}
