using System.Text.Json.Nodes;

namespace Ibkr.Cli.Capture.Redacting;

/// <summary>
/// Identifier replacement in JSON bodies (by key: account, perm_id, exec_id, order_ref and friends) and in
/// free text (account-shaped tokens, and any identifier already seen under a key elsewhere).
/// </summary>
internal sealed class TextRedactor(PlaceholderMap map)
{
    public PlaceholderMap Map => map;

    public void Json(JsonNode? node, IdentifierKind? kind = null)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[key];
                    if (Identifiers.OfKey(key) is { } k && child is JsonValue v)
                    {
                        obj[key] = Value(v, k);
                    }
                    else
                    {
                        Json(child, Identifiers.OfKey(key));
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (kind is { } k && array[i] is JsonValue v)
                    {
                        array[i] = Value(v, k);
                    }
                    else
                    {
                        Json(array[i], kind);
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var redacted = Text(text);
                if (redacted != text)
                {
                    value.ReplaceWith(JsonValue.Create(redacted));
                }

                break;
        }
    }

    /// <summary>Account-shaped tokens, then every identifier known from structured places, replaced in free text.</summary>
    public string Text(string text)
    {
        var result = Identifiers.AccountToken().Replace(text, m => map.Map(IdentifierKind.Account, m.Value));
        if (map.Collecting)
        {
            return result;
        }

        foreach (var (kind, original) in map.Originals.Where(o => o.Kind != IdentifierKind.Account).OrderByDescending(o => o.Original.Length))
        {
            if (original.Length >= 4 && result.Contains(original, StringComparison.Ordinal))
            {
                var count = (result.Length - result.Replace(original, string.Empty, StringComparison.Ordinal).Length) / original.Length;
                var placeholder = string.Empty;
                for (var i = 0; i < count; i++)
                {
                    placeholder = map.Map(kind, original);
                }

                result = result.Replace(original, placeholder, StringComparison.Ordinal);
            }
        }

        return result;
    }

    private JsonNode Value(JsonValue value, IdentifierKind kind)
    {
        if (value.TryGetValue<string>(out var text))
        {
            // A comma-joined account list is one string.
            return JsonValue.Create(kind == IdentifierKind.Account
                ? string.Join(',', text.Split(',').Select(a => Identifiers.AccountShape().IsMatch(a) ? map.Map(kind, a) : a))
                : map.Map(kind, text));
        }

        if (value.TryGetValue<long>(out var number))
        {
            var mapped = map.Map(kind, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return long.TryParse(mapped, System.Globalization.CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(mapped);
        }

        return value.DeepClone();
    }
}
