namespace Ibkr.Protocol.Transcripts;

/// <summary>A parsed transcript file: every line in order, steps as well as comments and blank lines.</summary>
public sealed record Transcript(string Path, IReadOnlyList<TranscriptEntry> Entries)
{
    /// <summary>The steps, in file order.</summary>
    public IEnumerable<TranscriptStep> Steps => Entries.OfType<TranscriptStep>();
}

/// <summary>What <see cref="TranscriptParser.Parse"/> returns: the lines it understood plus every problem it found.</summary>
public sealed record TranscriptParseResult(Transcript Transcript, IReadOnlyList<TranscriptProblem> Problems)
{
    /// <summary>True when the file has no problems.</summary>
    public bool Ok => Problems.Count == 0;
}
