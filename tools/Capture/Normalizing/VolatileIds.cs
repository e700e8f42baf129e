using System.Globalization;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>
/// Replaces the ids a client chooses (top-level <c>req_id</c> and <c>order_id</c> of client steps) with bindings
/// (<c>$req1</c>, <c>$order1</c>), and the same values in later steps' top-level ids with the same binding, so the
/// transcript replays whatever ids the next client picks. Values first seen from the server stay literal.
/// </summary>
internal static class VolatileIds
{
    private static readonly (string Key, string Prefix)[] Keys = [("req_id", "$req"), ("order_id", "$order")];

    public static List<TranscriptEntry> Bind(List<TranscriptEntry> entries)
    {
        var bindings = new Dictionary<(string Key, string Value), string>();
        return [.. entries.Select(entry => entry is MessageStep step ? Bind(step, bindings) : entry)];
    }

    private static MessageStep Bind(MessageStep step, Dictionary<(string Key, string Value), string> bindings)
    {
        var body = step.Body.DeepClone().AsObject();
        foreach (var (key, prefix) in Keys)
        {
            if (body[key] is not JsonValue value || Text(value) is not { } text)
            {
                continue;
            }

            if (!bindings.TryGetValue((key, text), out var binding) && step.Direction == Direction.Client)
            {
                binding = $"{prefix}{bindings.Keys.Count(k => k.Key == key) + 1}";
                bindings[(key, text)] = binding;
            }

            if (binding is not null)
            {
                body[key] = binding;
            }
        }

        return step with { Body = body };
    }

    /// <summary>A positive id as text; zero and negative ids (unset, or "not for a request") are never bound.</summary>
    private static string? Text(JsonValue value)
    {
        // ToJsonString covers every numeric CLR type a body may hold; strings are ids written as text.
        var text = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? text : null;
    }
}
