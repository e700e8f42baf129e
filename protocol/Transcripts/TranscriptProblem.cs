namespace Ibkr.Protocol.Transcripts;

/// <summary>One problem in a transcript file, located by 1-based line and column of the physical line.</summary>
public sealed record TranscriptProblem(string File, int Line, int Column, string Reason)
{
    /// <summary><c>FILE:LINE:COLUMN: reason</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}
