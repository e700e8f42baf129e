using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Json;

/// <summary>
/// Fills a message from transcript JSON. Missing keys keep their defaults. Numbers may be given as
/// JSON numbers or numeric strings; an empty string means unset for the <c>…Max</c> fields.
/// </summary>
internal sealed class JsonReadVisitor(JsonObject source, string prefix = "") : FieldVisitor
{
    public override bool IsReading => true;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public override void Fail(string reason) => throw new JsonMappingException(prefix.Length == 0 ? "(body)" : prefix.TrimEnd('.'), reason);

    public override void Version(int version)
    {
    }

    public override void Filler(string text)
    {
    }

    public override void Int(ref int value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToInt(node, key) ?? 0;
        }
    }

    public override void IntMax(ref int? value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToInt(node, key);
        }
    }

    public override void Long(ref long value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToLong(node, key) ?? 0;
        }
    }

    public override void LongMax(ref long? value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToLong(node, key);
        }
    }

    public override void Dec(ref decimal value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToDecimal(node, key) ?? 0;
        }
    }

    public override void DecMax(ref decimal? value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToDecimal(node, key);
        }
    }

    public override void Bool(ref bool value, string key)
    {
        if (!TryGet(key, out var node))
        {
            return;
        }

        value = node switch
        {
            null => false,
            JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
            JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
            _ => (ToLong(node, key, "a boolean") ?? 0) != 0,
        };
    }

    public override void Str(ref string value, string key)
    {
        if (TryGet(key, out var node))
        {
            value = ToText(node, key);
        }
    }

    public override void Text(ref string value, string key) => Str(ref value, key);

    public override void Csv(List<string> values, string key, char separator = ',')
    {
        if (!TryGet(key, out var node))
        {
            return;
        }

        values.Clear();
        switch (node)
        {
            case null:
                break;
            case JsonArray array:
                values.AddRange(array.Select((n, i) => ToText(n, $"{key}[{i}]")));
                break;
            default:
                values.AddRange(ToText(node, key).Split(separator, StringSplitOptions.RemoveEmptyEntries));
                break;
        }
    }

    public override void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
    {
        if (!TryGet(key, out var node) || node is null)
        {
            return;
        }

        if (node is not JsonArray array)
        {
            throw new JsonMappingException(Full(key), "expected an array of objects");
        }

        items.Clear();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject element)
            {
                throw new JsonMappingException($"{Full(key)}[{i}]", "expected an object");
            }

            var item = new T();
            item.Visit(new JsonReadVisitor(element, $"{Full(key)}[{i}]."));
            items.Add(item);
        }
    }

    public override void Strings(List<string> items, string key, CountRule rule = CountRule.Required)
    {
        if (TryGet(key, out var node) && node is not null)
        {
            items.Clear();
            items.AddRange(AsArray(node, key).Select((n, i) => ToText(n, $"{key}[{i}]")));
        }
    }

    public override void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required)
    {
        if (TryGet(key, out var node) && node is not null)
        {
            items.Clear();
            items.AddRange(AsArray(node, key).Select((n, i) => ToDecimal(n, $"{key}[{i}]") ?? 0));
        }
    }

    private bool TryGet(string key, out JsonNode? node) => JsonPath.TryGet(source, key, out node);

    private string Full(string key) => prefix + key;

    private JsonArray AsArray(JsonNode node, string key) =>
        node as JsonArray ?? throw new JsonMappingException(Full(key), "expected an array");

    private string ToText(JsonNode? node, string key) => node switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "1" : "0",
        _ => throw new JsonMappingException(Full(key), "expected text"),
    };

    private int? ToInt(JsonNode? node, string key)
    {
        var wide = ToLong(node, key);
        return wide switch
        {
            null => null,
            >= int.MinValue and <= int.MaxValue => (int)wide.Value,
            _ => throw new JsonMappingException(Full(key), $"{wide} does not fit a 32-bit integer"),
        };
    }

    private long? ToLong(JsonNode? node, string key, string expected = "an integer")
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                // Nodes built in memory hold the CLR type they were created from; parsed ones hold a JsonElement.
                if (v.TryGetValue<long>(out var number))
                {
                    return number;
                }

                if (v.TryGetValue<int>(out var small))
                {
                    return small;
                }

                // 1.0 is an integer written as a double; 1.5 is not.
                if (v.TryGetValue<decimal>(out var dec) && dec == decimal.Truncate(dec) && dec is >= long.MinValue and <= long.MaxValue)
                {
                    return (long)dec;
                }

                throw new JsonMappingException(Full(key), $"expected {expected}, got {v.ToJsonString()}");
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>().Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new JsonMappingException(Full(key), $"expected {expected}, got \"{text}\"");
            default:
                throw new JsonMappingException(Full(key), $"expected {expected}, got {node.ToJsonString()}");
        }
    }

    private decimal? ToDecimal(JsonNode? node, string key)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return v.TryGetValue<decimal>(out var exact) ? exact : Parse(v.ToJsonString(), key);
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>().Trim();
                return text.Length == 0 ? null : Parse(text, key);
            default:
                throw new JsonMappingException(Full(key), $"expected a number, got {node.ToJsonString()}");
        }
    }

    private decimal? Parse(string text, string key)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        if (Sentinels.IsUnsetDecimal(utf8))
        {
            return null;
        }

        return WireText.TryParseDecimal(utf8, out var value)
            ? value
            : throw new JsonMappingException(Full(key), $"expected a number, got \"{text}\"");
    }
}
