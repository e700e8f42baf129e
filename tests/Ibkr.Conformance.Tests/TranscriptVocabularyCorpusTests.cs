using Ibkr.Protocol.Transcripts;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// Every transcript of the ibkr-go corpus (<c>../shared/reference/ibkr-go-transcripts</c>, read in place)
/// passes the strict lint: it parses, bindings are bound before use, and every step has a known name,
/// known keys and values that fit (bindings fit anything).
/// </summary>
public class TranscriptVocabularyCorpusTests
{
    private static string Corpus => Path.Combine(SharedReference.Root ?? string.Empty, "reference", "ibkr-go-transcripts");

    [Fact]
    public void Every_corpus_transcript_lints_without_problems()
    {
        SharedReference.Require();
        Assert.SkipUnless(Directory.Exists(Corpus), $"CONFORMANCE NOT RUN: {Corpus} is missing.");

        var files = Directory.GetFiles(Corpus, "*.txt").Order(StringComparer.Ordinal).ToList();
        var steps = 0;
        var problems = new List<string>();
        foreach (var file in files)
        {
            var result = TranscriptLint.Check(Path.GetFileName(file), File.ReadAllText(file));
            steps += result.Transcript.Steps.Count();
            problems.AddRange(result.Problems.Select(p => p.ToString()));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Count} files, {steps} steps, {problems.Count} problems");
        Assert.Equal(100, files.Count);
        Assert.True(steps > 600, $"only {steps} steps found");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
