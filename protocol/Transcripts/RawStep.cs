using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary><c>raw DIRECTION BASE64</c>: bytes written (or expected) verbatim, length prefix included.</summary>
public sealed record RawStep(int Line, int Column, Direction Direction, IReadOnlyList<byte> Bytes) : TranscriptStep(Line, Column);
