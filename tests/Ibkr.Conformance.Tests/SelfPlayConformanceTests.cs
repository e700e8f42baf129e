using Ibkr.Protocol.Transcripts;
using Ibkr.TestHost;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// Every transcript of the reference corpus plays against itself: the replay host serves the server
/// side with the production codec and the scripted client checks every server step it decodes.
/// </summary>
public class SelfPlayConformanceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Corpus() => Names(CorpusFolder);

    private static string? CorpusFolder =>
        SharedReference.Root is { } root ? Path.Combine(root, "reference", "ibkr-go-transcripts") : null;

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Reference_transcript_self_plays(string name)
    {
        SharedReference.Require();
        await AssertSelfPlays(Path.Combine(CorpusFolder!, name));
    }

    /// <summary>Lints and self-plays one file; shared with <see cref="OwnTranscriptsTests"/>.</summary>
    internal static async Task AssertSelfPlays(string path)
    {
        var lint = TranscriptLint.Check(path, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.True(lint.Problems.Count == 0, string.Join('\n', lint.Problems));
        var result = await SelfPlay.RunAsync(lint.Transcript, Timeout, TestContext.Current.CancellationToken);
        Assert.True(result.Passed, $"{result.Failure?.Reason} ({result.Failure?.File}:{result.Failure?.Line})");
    }

    private static TheoryData<string> Names(string? folder)
    {
        var data = new TheoryData<string>();
        if (folder is null || !Directory.Exists(folder))
        {
            // One row so the theory runs and Require() reports the missing folder instead of silently passing.
            data.Add("(missing)");
            return data;
        }

        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
