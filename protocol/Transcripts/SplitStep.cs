using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary><c>split DIRECTION SIZES NAME {json}</c>: one frame written (or read) in chunks of the given sizes.</summary>
public sealed record SplitStep(int Line, int Column, Direction Direction, IReadOnlyList<int> Sizes, string Name, JsonObject Body) : TranscriptStep(Line, Column);
