using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>
/// Matches an expected client-step body against the decoded message's JSON (testhost-matching.md §6): objects
/// are partial, arrays exact, <c>$name</c> strings bind, other strings compare with the actual value's text,
/// numbers numerically, booleans by value; a Java MAX sentinel
/// literal matches an unset (empty) value.
/// </summary>
internal static class BodyMatcher
{
    /// <summary>Null when the bodies match; otherwise the first difference with its key path.</summary>
    public static string? Match(JsonNode? expected, JsonNode? actual, Bindings bindings) =>
        Match(expected, actual, bindings, string.Empty);

    private static string? Match(JsonNode? expected, JsonNode? actual, Bindings bindings, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                if (actual is not JsonObject actualObj)
                {
                    return Differ(path, "an object", Describe(actual));
                }

                foreach (var (key, child) in obj)
                {
                    actualObj.TryGetPropertyValue(key, out var actualChild);
                    var problem = Match(child, actualChild, bindings, Join(path, key));
                    if (problem is not null)
                    {
                        return problem;
                    }
                }

                return null;

            case JsonArray array:
                if (actual is not JsonArray actualArray)
                {
                    return Differ(path, $"an array of {array.Count}", Describe(actual));
                }

                if (actualArray.Count != array.Count)
                {
                    return Differ(path, $"{array.Count} elements {Bindings.Text(array)}", $"{actualArray.Count} elements {Bindings.Text(actualArray)}");
                }

                for (var i = 0; i < array.Count; i++)
                {
                    var problem = Match(array[i], actualArray[i], bindings, $"{path}[{i}]");
                    if (problem is not null)
                    {
                        return problem;
                    }
                }

                return null;

            case JsonValue value:
                return MatchValue(value, actual, bindings, path);

            default:
                return $"{Where(path)}null is not a valid expected value";
        }
    }

    private static string? MatchValue(JsonValue expected, JsonNode? actual, Bindings bindings, string path)
    {
        switch (expected.GetValueKind())
        {
            case JsonValueKind.String:
                var text = expected.GetValue<string>();
                if (text.StartsWith('$'))
                {
                    if (!bindings.TryGet(text, out var bound))
                    {
                        bindings.Set(text, actual);
                        return null;
                    }

                    return Bindings.Text(bound) == Bindings.Text(actual)
                        ? null
                        : Differ(path, $"{Quote(Bindings.Text(bound))} (bound to {text})", Describe(actual));
                }

                return actual is not null && (Bindings.Text(actual) == text || IsUnsetPair(text, actual))
                    ? null
                    : Differ(path, Quote(text), Describe(actual));

            case JsonValueKind.Number:
                var want = expected.ToJsonString();
                return TryNumber(actual, out var got) && decimal.TryParse(want, NumberStyles.Float, CultureInfo.InvariantCulture, out var wantNumber) && got == wantNumber
                    ? null
                    : Differ(path, want, Describe(actual));

            case JsonValueKind.True:
            case JsonValueKind.False:
                var wantBool = expected.GetValueKind() == JsonValueKind.True;
                var actualKind = actual?.GetValueKind();
                return (actualKind == JsonValueKind.True && wantBool) || (actualKind == JsonValueKind.False && !wantBool)
                    ? null
                    : Differ(path, wantBool ? "true" : "false", Describe(actual));

            default:
                return Differ(path, expected.ToJsonString(), Describe(actual));
        }
    }

    // The codec reads a Java MAX sentinel as unset and writes unset as an empty field, so a script that spells
    // the sentinel (the corpus keeps Double.MAX_VALUE on commission_report.realized_pnl) means "unset".
    private static bool IsUnsetPair(string expected, JsonNode actual) =>
        expected.Length > 0
        && Bindings.Text(actual).Length == 0
        && Sentinels.IsUnsetDecimal(Encoding.ASCII.GetBytes(expected));

    private static bool TryNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => value.GetValue<string>(),
            _ => null,
        };
        return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static string Describe(JsonNode? actual) => actual switch
    {
        null => "nothing (key absent or null)",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Quote(v.GetValue<string>()),
        _ => Bindings.Text(actual),
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Where(string path) => path.Length == 0 ? string.Empty : $"{path}: ";

    private static string Differ(string path, string expected, string actual) =>
        $"{Where(path)}expected {expected}, got {actual}";
}
