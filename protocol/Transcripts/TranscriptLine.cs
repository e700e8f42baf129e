using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>One transcript step line: <c>server tick_price {"req_id":1,...}</c>.</summary>
public sealed record TranscriptLine(Direction Direction, string Name, JsonObject Body)
{
    /// <summary>The step keyword for the direction.</summary>
    public static string Keyword(Direction direction) => direction == Direction.Server ? "server" : "client";

    /// <inheritdoc/>
    public override string ToString() => $"{Keyword(Direction)} {Name} {MessageJson.Serialize(Body)}";
}
