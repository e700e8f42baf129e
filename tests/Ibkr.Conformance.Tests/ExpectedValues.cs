using System.Globalization;
using System.Text.Json.Nodes;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// Compares a golden line's <c>expect</c> values with what we decoded. Numbers match by value whether
/// written as JSON numbers or strings ("0.0" equals 0); a Java unset sentinel in the expectation
/// matches our empty (unset) value.
/// </summary>
internal static class ExpectedValues
{
    private static readonly string[] UnsetLiterals = ["1.7976931348623157E308", "9223372036854775807", "-9223372036854775808", "2147483647"];

    public static void AssertMatch(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                var actualObject = Assert.IsType<JsonObject>(actual);
                foreach (var (key, value) in obj)
                {
                    Assert.True(actualObject.TryGetPropertyValue(key, out var got), $"{path}{key}: missing in {actualObject.ToJsonString()}");
                    AssertMatch(value, got, $"{path}{key}.");
                }

                break;
            case JsonArray array:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.True(array.Count == actualArray.Count, $"{path}: expected {array.Count} entries, got {actualArray.Count}");
                for (var i = 0; i < array.Count; i++)
                {
                    AssertMatch(array[i], actualArray[i], $"{path}[{i}].");
                }

                break;
            default:
                Assert.True(ScalarEquals(expected, actual), $"{path.TrimEnd('.')}: expected {expected?.ToJsonString()}, got {actual?.ToJsonString()}");
                break;
        }
    }

    private static bool ScalarEquals(JsonNode? expected, JsonNode? actual)
    {
        var e = Text(expected);
        var a = Text(actual);
        if (e == a)
        {
            return true;
        }

        if (a.Length == 0 && UnsetLiterals.Contains(e, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return decimal.TryParse(e, NumberStyles.Float, CultureInfo.InvariantCulture, out var de)
            && decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var da)
            && de == da;
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => node.ToJsonString(),
    };
}
