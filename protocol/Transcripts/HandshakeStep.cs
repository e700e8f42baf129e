using System.Text.Json.Nodes;

namespace Ibkr.Protocol.Transcripts;

/// <summary><c>handshake {json}</c>: <c>server_version</c>, <c>connection_time</c> and an optional <c>client_id</c> binding.</summary>
public sealed record HandshakeStep(int Line, int Column, JsonObject Body) : TranscriptStep(Line, Column);
