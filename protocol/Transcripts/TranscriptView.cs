using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// How a decoded frame reads as transcript lines. Most frames are one line named after the message.
/// A few follow the vocabulary of the ibkr-go corpus so its transcripts run unchanged:
/// HISTORICAL_DATA (17) reads as one <c>historical_bar</c> line per bar plus <c>historical_bars_end</c>,
/// and the three open-order requests read as <c>req_open_orders</c> with a <c>scope</c> (or
/// <c>cancel_open_orders</c> for reqAutoOpenOrders(false)).
/// </summary>
public static class TranscriptView
{
    /// <summary>The transcript lines a decoded message stands for.</summary>
    public static IReadOnlyList<TranscriptLine> Lines(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case UnknownMessage unknown:
                return [new TranscriptLine(unknown.Direction, "unknown", MessageJson.ToJson(unknown))];
            case HistoricalData history:
                return HistoricalBars(history);
        }

        var descriptor = message.Descriptor;
        var body = MessageJson.ToJson(message);
        if (descriptor.Direction == Direction.Client && OpenOrderScope(descriptor.Id, body) is { } scope)
        {
            return scope.Length == 0
                ? [new TranscriptLine(Direction.Client, "cancel_open_orders", [])]
                : [new TranscriptLine(Direction.Client, "req_open_orders", new JsonObject { ["scope"] = scope })];
        }

        return [new TranscriptLine(descriptor.Direction, descriptor.Name, body)];
    }

    private static List<TranscriptLine> HistoricalBars(HistoricalData history)
    {
        var json = MessageJson.ToJson(history);
        var lines = new List<TranscriptLine>(history.Bars.Count + 1);
        foreach (var bar in json["bars"]!.AsArray())
        {
            var body = new JsonObject { ["req_id"] = history.ReqId };
            foreach (var (key, value) in bar!.AsObject())
            {
                body[key] = value?.DeepClone();
            }

            lines.Add(new TranscriptLine(Direction.Server, "historical_bar", body));
        }

        lines.Add(new TranscriptLine(Direction.Server, "historical_bars_end", new JsonObject { ["req_id"] = history.ReqId }));
        return lines;
    }

    // The corpus names reqOpenOrders (5), reqAutoOpenOrders (15) and reqAllOpenOrders (16) alike, with a scope;
    // reqAutoOpenOrders(false) is its cancel_open_orders (empty scope here).
    private static string? OpenOrderScope(int id, JsonObject body) => id switch
    {
        OutMsg.ReqOpenOrders => "client",
        OutMsg.ReqAutoOpenOrders => body["auto_bind"]?.GetValue<bool>() == false ? string.Empty : "auto",
        OutMsg.ReqAllOpenOrders => "all",
        _ => null,
    };
}
