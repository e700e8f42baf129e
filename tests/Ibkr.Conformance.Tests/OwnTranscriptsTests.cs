using Ibkr.Protocol.Transcripts;

namespace Ibkr.Conformance.Tests;

/// <summary>The project's own transcripts (<c>transcripts/</c>) lint without problems, are canonical and self-play.</summary>
public class OwnTranscriptsTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    internal static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ibkr.Orleans.sln")))
                {
                    return Path.Combine(dir.FullName, "transcripts");
                }
            }

            throw new InvalidOperationException("repository root not found");
        }
    }

    [Fact]
    public void There_are_at_least_forty()
    {
        Assert.True(Files().Count >= 40, $"only {Files().Count} transcripts");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Transcript_lints_clean_and_is_canonical(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var result = TranscriptLint.Check(name, text);
        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        Assert.Equal(text, TranscriptWriter.Write(result.Transcript));
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_self_plays(string name) =>
        await SelfPlayConformanceTests.AssertSelfPlays(Path.Combine(Folder, name));
}
