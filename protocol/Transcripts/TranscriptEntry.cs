namespace Ibkr.Protocol.Transcripts;

/// <summary>One physical line of a transcript: a step, a comment or a blank line. Line and column are 1-based.</summary>
public abstract record TranscriptEntry(int Line, int Column);

/// <summary>A <c>#</c> comment line, kept verbatim (trimmed) so the writer can reproduce it.</summary>
public sealed record TranscriptComment(int Line, int Column, string Text) : TranscriptEntry(Line, Column);

/// <summary>An empty (or whitespace-only) line.</summary>
public sealed record TranscriptBlank(int Line) : TranscriptEntry(Line, 1);

/// <summary>A line that is one step of the script.</summary>
public abstract record TranscriptStep(int Line, int Column) : TranscriptEntry(Line, Column);
