using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary><c>client NAME {json}</c> or <c>server NAME {json}</c>.</summary>
public sealed record MessageStep(int Line, int Column, Direction Direction, string Name, JsonObject Body) : TranscriptStep(Line, Column);
