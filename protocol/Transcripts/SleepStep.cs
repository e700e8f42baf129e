namespace Ibkr.Protocol.Transcripts;

/// <summary><c>sleep DURATION</c> in Go duration syntax; <see cref="Text"/> is the source spelling.</summary>
public sealed record SleepStep(int Line, int Column, TimeSpan Duration, long Nanoseconds, string Text) : TranscriptStep(Line, Column);
