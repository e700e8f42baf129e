using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ibkr.Cli.Capture;

/// <summary>
/// meta.json (capture-tooling.md §2.3): ibkr-go's keys and omissions. Our recorder puts the shared run id
/// into <c>labels</c>, so the driver's files and the capture directory are linked without guessing.
/// </summary>
internal sealed record CaptureMeta(string Scenario, DateTimeOffset StartedAt)
{
    public string? ListenAddr { get; init; }

    public string? Upstream { get; init; }

    public int ClientId { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public string ToJson()
    {
        var json = new JsonObject { ["scenario"] = Scenario };
        AddText(json, "listen_addr", ListenAddr);
        AddText(json, "upstream", Upstream);
        if (ClientId != 0)
        {
            json["client_id"] = ClientId;
        }

        AddText(json, "notes", Notes);
        if (Labels.Count > 0)
        {
            var labels = new JsonObject();
            foreach (var (key, value) in Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                labels[key] = value;
            }

            json["labels"] = labels;
        }

        json["started_at"] = CaptureTime.Format(StartedAt);
        return json.ToJsonString() + "\n";
    }

    /// <summary>Reads meta.json; the reason when it is not a usable meta object.</summary>
    public static (CaptureMeta? Meta, string? Problem) Parse(string text)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException e)
        {
            return (null, $"not JSON: {e.Message}");
        }

        if (json is null)
        {
            return (null, "not a JSON object");
        }

        if (json["scenario"] is not JsonValue scenario || !scenario.TryGetValue<string>(out var name))
        {
            return (null, "no \"scenario\" string");
        }

        if (json["started_at"] is not JsonValue started || !started.TryGetValue<string>(out var startedText) || !CaptureTime.TryParse(startedText, out var startedAt))
        {
            return (null, "no RFC 3339 \"started_at\"");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json["labels"] is JsonObject labelObject)
        {
            foreach (var (key, value) in labelObject)
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var s))
                {
                    labels[key] = s;
                }
            }
        }

        return (new CaptureMeta(name, startedAt)
        {
            ListenAddr = Text(json, "listen_addr"),
            Upstream = Text(json, "upstream"),
            ClientId = json["client_id"] is JsonValue id && id.TryGetValue<int>(out var clientId) ? clientId : 0,
            Notes = Text(json, "notes"),
            Labels = labels,
        }, null);
    }

    private static void AddText(JsonObject json, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[key] = value;
        }
    }

    private static string? Text(JsonObject json, string key) => json[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
