using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// Every <c>client</c>, <c>server</c> and <c>split</c> step of the ibkr-go corpus
/// (<c>../shared/reference/ibkr-go-transcripts</c>, read in place) resolves onto our catalog without
/// problems: known name, known keys, values that fit (bindings fit anything).
/// </summary>
public class TranscriptVocabularyCorpusTests
{
    // Steps that cannot resolve without inventing behaviour: realtime_bar's time is epoch seconds (an
    // integer field, as in ibkr-go's own layout) but this file writes ISO-8601 text.
    private static readonly string[] Known =
    [
        "realtime_bars_reconnect.txt:5: server realtime_bar: key \"time\": expected an integer, got \"2026-04-05T12:00:00Z\"",
        "realtime_bars_reconnect.txt:11: server realtime_bar: key \"time\": expected an integer, got \"2026-04-05T12:00:05Z\"",
    ];

    private static string Corpus => Path.Combine(SharedReference.Root ?? string.Empty, "reference", "ibkr-go-transcripts");

    [Fact]
    public void Every_corpus_step_resolves_without_problems()
    {
        SharedReference.Require();
        Assert.SkipUnless(Directory.Exists(Corpus), $"CONFORMANCE NOT RUN: {Corpus} is missing.");

        var checkedLines = 0;
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (Step(line) is not { } step)
                {
                    continue;
                }

                checkedLines++;
                var resolution = TranscriptVocabulary.Resolve(step.Direction, step.Name, step.Body);
                problems.AddRange(resolution.Problems.Select(p => $"{Path.GetFileName(file)}:{number}: {p}"));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{checkedLines} corpus steps checked, {problems.Count} problems ({Known.Length} known):\n" + string.Join('\n', problems));
        Assert.True(checkedLines > 0, "no corpus steps found");
        var unexpected = problems.Except(Known, StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} unexpected problems in {checkedLines} steps:\n" + string.Join('\n', unexpected));
        Assert.Equal(Known.Order(StringComparer.Ordinal), problems.Order(StringComparer.Ordinal));
    }

    // client NAME JSON | server NAME JSON | split DIR SIZES NAME JSON (single spaces before the JSON).
    private static (Direction Direction, string Name, JsonObject Body)? Step(string line)
    {
        var kind = line.Split(' ', 2)[0];
        var head = kind switch
        {
            "client" or "server" => 2,
            "split" => 4,
            _ => 0,
        };
        if (head == 0)
        {
            return null;
        }

        var parts = line.Split(' ', head + 1);
        var direction = (kind == "split" ? parts[1] : kind) == "server" ? Direction.Server : Direction.Client;
        var json = parts.Length > head ? parts[head] : "{}";
        return (direction, parts[head - 1], JsonNode.Parse(json)!.AsObject());
    }
}
