namespace Ibkr.Protocol.Transcripts;

/// <summary><c>disconnect</c>: close the current connection; the next socket step accepts a new one.</summary>
public sealed record DisconnectStep(int Line, int Column) : TranscriptStep(Line, Column);
