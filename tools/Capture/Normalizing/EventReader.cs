using System.Text.Json;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>
/// Reads events.jsonl (or frames.jsonl) strictly, one JSON object per line. ibkr-go's compatibility rules
/// apply: a missing <c>kind</c> is a chunk, and leg 0 or absent is leg 1. The first bad line stops reading.
/// </summary>
internal static class EventReader
{
    public static (IReadOnlyList<LineEvent> Events, CaptureProblem? Problem) Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return ([], new CaptureProblem(name, 0, "missing"));
        }

        var events = new List<LineEvent>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (parsed, reason) = Parse(line);
            if (parsed is null)
            {
                return (events, new CaptureProblem(name, number, reason!));
            }

            events.Add(new LineEvent(number, parsed));
        }

        return (events, null);
    }

    public static (CaptureEvent? Event, string? Reason) Parse(string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "not a JSON object (truncated line?)");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "not a JSON object");
        }

        if (!root.TryGetProperty("at", out var at) || at.ValueKind != JsonValueKind.String || !CaptureTime.TryParse(at.GetString()!, out _))
        {
            return (null, "\"at\" is not an RFC 3339 time");
        }

        var kind = root.TryGetProperty("kind", out var k) ? k.GetString() ?? string.Empty : EventKinds.Chunk;
        var leg = 1;
        if (root.TryGetProperty("leg", out var l))
        {
            if (l.ValueKind != JsonValueKind.Number || !l.TryGetInt32(out leg) || leg < 0)
            {
                return (null, "\"leg\" is not a leg number");
            }

            leg = leg == 0 ? 1 : leg;
        }

        return kind switch
        {
            EventKinds.Connect or EventKinds.Disconnect => (new CaptureEvent(at.GetString()!, kind, leg), null),
            EventKinds.Chunk or EventKinds.Frame => Payload(root, at.GetString()!, kind, leg),
            _ => (null, $"unknown kind \"{kind}\""),
        };
    }

    private static (CaptureEvent?, string?) Payload(JsonElement root, string at, string kind, int leg)
    {
        var direction = root.TryGetProperty("direction", out var d) ? d.GetString() : null;
        if (direction is not (CaptureEvent.Client or CaptureEvent.Server))
        {
            return (null, $"{kind} without a client/server \"direction\"");
        }

        byte[] data;
        try
        {
            data = root.TryGetProperty("data", out var text) ? Convert.FromBase64String(text.GetString() ?? string.Empty) : [];
        }
        catch (FormatException)
        {
            return (null, "\"data\" is not base64");
        }

        if (data.Length == 0)
        {
            return (null, $"empty {kind}");
        }

        if (root.TryGetProperty("length", out var length) && (!length.TryGetInt32(out var n) || n != data.Length))
        {
            return (null, $"\"length\" {length} does not match the {data.Length} data bytes");
        }

        return (new CaptureEvent(at, kind, leg, direction, data), null);
    }
}
