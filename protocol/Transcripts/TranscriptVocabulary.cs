using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// Maps a transcript step (direction, name, JSON body) written in the ibkr-go corpus vocabulary onto our
/// typed messages: corpus-only names (<c>historical_bar</c>, <c>historical_bars_end</c>,
/// <c>req_open_orders</c> with a <c>scope</c>, <c>cancel_open_orders</c>), synthetic keys
/// (<c>field_count</c>, <c>scope</c>) and compatibility keys. Names and keys that are ours map as they are.
/// Every key of the body must be known for the message; a string starting with <c>$</c> is a binding and
/// fits any type. See docs/protocol-deviations.md, "Transcript-layer mappings".
/// </summary>
public static class TranscriptVocabulary
{
    /// <summary>
    /// Corpus keys that carry nothing here, dropped. <c>EmptyOnly</c> keys are accepted only empty (or as a
    /// binding): a value there would be lost, so it is a problem.
    /// </summary>
    private static readonly Dictionary<(Direction, string), (string Key, bool EmptyOnly)[]> Ignored = new()
    {
        // ibkr-go's replay host adds the frame's field count; it is not a wire field.
        [(Direction.Client, "cancel_order")] = [("field_count", false)],
        [(Direction.Client, "global_cancel")] = [("field_count", false)],

        // ibkr-go's OPEN_ORDER has an order-status tail; the v200 frame has none (ORDER_STATUS carries them).
        [(Direction.Server, "open_order")] = [("filled", false), ("remaining", false), ("contract.primary_exchange", true)],

        // Official COMPLETED_ORDER has filledQuantity (our "filled") but no remaining.
        [(Direction.Server, "completed_order")] = [("remaining", false)],

        // Not in ibkr-go's POSITION / PORTFOLIO_VALUE frames either (its builders ignore them).
        [(Direction.Server, "position")] = [("contract.primary_exchange", true)],
        [(Direction.Server, "update_portfolio")] = [("contract.exchange", true)],

        // ibkr-go's bar update is its own 108 shape with a trailing count; official HISTORICAL_DATA_UPDATE (90) has none.
        [(Direction.Server, "historical_data_update")] = [("count", false)],
    };

    /// <summary>
    /// Keys that are epoch seconds here but that the corpus also writes as RFC 3339 text
    /// (<c>"2026-04-05T12:00:00Z"</c>). ibkr-go's builder silently turns such text into 0; we convert it.
    /// </summary>
    private static readonly Dictionary<(Direction, string), string[]> EpochSecondKeys = new()
    {
        [(Direction.Server, "realtime_bar")] = ["time"],
    };

    /// <summary>Maps a transcript step onto our catalog.</summary>
    public static VocabularyResolution Resolve(Direction direction, string name, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(body);
        var problems = new List<string>();
        var mapped = (JsonObject)body.DeepClone();
        var step = $"{TranscriptLine.Keyword(direction)} {name}";
        var descriptor = MapName(direction, name, mapped, step, problems);
        if (descriptor is null)
        {
            return new VocabularyResolution(null, mapped, problems);
        }

        MapKeys(descriptor, mapped, step, problems);
        foreach (var key in MessageKeys.Of(descriptor).Unknown(mapped))
        {
            problems.Add($"{step}: unknown key \"{key}\" for {descriptor.Name}");
        }

        try
        {
            MessageJson.FromJson(descriptor, WithoutBindings(mapped));
        }
        catch (JsonMappingException e)
        {
            problems.Add($"{step}: {e.Message}");
        }

        return new VocabularyResolution(descriptor, mapped, problems);
    }

    /// <summary>True for a binding reference (<c>"$req1"</c>): a string standing for any value.</summary>
    public static bool IsBinding(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().StartsWith('$');

    private static MessageDescriptor? MapName(Direction direction, string name, JsonObject body, string step, List<string> problems)
    {
        switch (direction, name)
        {
            case (Direction.Client, "req_open_orders"):
                return OpenOrders(body, step, problems);
            case (Direction.Client, "cancel_open_orders"):
                // reqAutoOpenOrders(false).
                body["auto_bind"] = false;
                return MessageCatalog.Find(Direction.Client, OutMsg.ReqAutoOpenOrders);
            case (Direction.Server, "historical_bar"):
                // One bar of HISTORICAL_DATA; packing consecutive bars into one frame is the replay host's job.
                var bar = new JsonObject();
                foreach (var key in body.Select(p => p.Key).ToList())
                {
                    if (key != "req_id")
                    {
                        bar[key] = body[key]?.DeepClone();
                        body.Remove(key);
                    }
                }

                body["bars"] = new JsonArray(bar);
                return MessageCatalog.Find(Direction.Server, InMsg.HistoricalData);
            case (Direction.Server, "historical_bars_end"):
                // HISTORICAL_DATA with no bars ([17, req_id, 0]); ibkr-go's builder reads only req_id and
                // ignores the start/end some corpus lines carry.
                body.Remove("start");
                body.Remove("end");
                body["bars"] = new JsonArray();
                return MessageCatalog.Find(Direction.Server, InMsg.HistoricalData);
        }

        var descriptor = MessageCatalog.Find(direction, name);
        if (descriptor is null)
        {
            problems.Add($"{step}: unknown message name");
        }

        return descriptor;
    }

    // The corpus names reqOpenOrders (5), reqAutoOpenOrders(true) (15) and reqAllOpenOrders (16) alike,
    // told apart by a synthetic scope.
    private static MessageDescriptor? OpenOrders(JsonObject body, string step, List<string> problems)
    {
        body.Remove("scope", out var scope);
        var text = scope is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        switch (text)
        {
            case "client":
                return MessageCatalog.Find(Direction.Client, OutMsg.ReqOpenOrders);
            case "auto":
                body["auto_bind"] = true;
                return MessageCatalog.Find(Direction.Client, OutMsg.ReqAutoOpenOrders);
            case "all":
                return MessageCatalog.Find(Direction.Client, OutMsg.ReqAllOpenOrders);
            default:
                problems.Add(scope is null
                    ? $"{step}: no \"scope\"; req_open_orders stands for ids 5, 15 and 16 (scope client, auto, all)"
                    : $"{step}: \"scope\" must be \"client\", \"auto\" or \"all\", got {scope.ToJsonString()}");
                return null;
        }
    }

    private static void MapKeys(MessageDescriptor descriptor, JsonObject body, string step, List<string> problems)
    {
        foreach (var (key, emptyOnly) in Ignored.GetValueOrDefault((descriptor.Direction, descriptor.Name)) ?? [])
        {
            if (!JsonPath.TryGet(body, key, out var value))
            {
                continue;
            }

            if (emptyOnly && !IsBinding(value) && !(value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0))
            {
                problems.Add($"{step}: key \"{key}\" is not carried by {descriptor.Name}; only \"\" is accepted, got {value?.ToJsonString() ?? "null"}");
            }

            Remove(body, key);
        }

        foreach (var key in EpochSecondKeys.GetValueOrDefault((descriptor.Direction, descriptor.Name)) ?? [])
        {
            if (body[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String && !IsBinding(v)
                && !long.TryParse(v.GetValue<string>(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                if (DateTimeOffset.TryParse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time))
                {
                    body[key] = time.ToUnixTimeSeconds();
                }
                else
                {
                    problems.Add($"{step}: key \"{key}\" must be epoch seconds or an RFC 3339 time, got {v.ToJsonString()}");
                }
            }
        }
    }

    private static void Remove(JsonObject body, string key)
    {
        var dot = key.LastIndexOf('.');
        if (dot < 0)
        {
            body.Remove(key);
        }
        else if (JsonPath.TryGet(body, key[..dot], out var parent) && parent is JsonObject obj)
        {
            obj.Remove(key[(dot + 1)..]);
        }
    }

    // Bindings fit any type: type checks run on a copy without them (a missing key keeps its default).
    private static JsonObject WithoutBindings(JsonObject body)
    {
        var copy = (JsonObject)body.DeepClone();
        Strip(copy);
        return copy;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => IsBinding(p.Value)).Select(p => p.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (IsBinding(array[i]))
                    {
                        array.RemoveAt(i);
                    }
                    else
                    {
                        Strip(array[i]);
                    }
                }

                break;
        }
    }
}
