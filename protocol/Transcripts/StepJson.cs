using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// Strict parsing of a step's JSON body: one object, nothing after it, no duplicate keys.
/// Reports positions as character offsets into the JSON text, and lists every string value with its offset
/// (for binding checks).
/// </summary>
internal static class StepJson
{
    /// <summary>A JSON string value (not a key) and its 0-based character offset in the JSON text.</summary>
    public readonly record struct StringValue(string Value, int Offset, bool IsClientId);

    /// <summary>The parsed body, or the problem's offset and reason.</summary>
    public sealed record Result(JsonObject? Body, IReadOnlyList<StringValue> Strings, int ErrorOffset, string? Error);

    public static Result Parse(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var strings = new List<StringValue>();
        var keys = new Stack<HashSet<string>>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        string? lastKey = null;
        try
        {
            if (!reader.Read())
            {
                return Fail(bytes, bytes.Length, "missing JSON body");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var what = reader.TokenType switch
                {
                    JsonTokenType.Null => "null",
                    JsonTokenType.StartArray => "an array",
                    JsonTokenType.String => "a string",
                    JsonTokenType.Number => "a number",
                    _ => "a boolean",
                };
                return Fail(bytes, (int)reader.TokenStartIndex, $"the body must be a JSON object, not {what}");
            }

            keys.Push(new HashSet<string>(StringComparer.Ordinal));
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var key = reader.GetString()!;
                        if (!keys.Peek().Add(key))
                        {
                            return Fail(bytes, (int)reader.TokenStartIndex, $"duplicate key \"{key}\"");
                        }

                        lastKey = keys.Count == 1 ? key : null;
                        continue;
                    case JsonTokenType.String:
                        strings.Add(new StringValue(reader.GetString()!, CharOffset(bytes, (int)reader.TokenStartIndex), keys.Count == 1 && lastKey == "client_id"));
                        break;
                }

                lastKey = null;
            }
        }
        catch (JsonException ex)
        {
            var offset = (int)Math.Min(ex.BytePositionInLine ?? 0, bytes.Length);
            return Fail(bytes, offset, "bad JSON: " + Trim(ex.Message));
        }
        catch (InvalidOperationException)
        {
            // GetString on a string that cannot be transcoded (a lone surrogate escape such as \uD800).
            return Fail(bytes, (int)reader.TokenStartIndex, "bad JSON: string is not valid Unicode");
        }

        var body = JsonNode.Parse(json)!.AsObject();
        return new Result(body, strings, 0, null);
    }

    private static Result Fail(byte[] bytes, int byteOffset, string reason) => new(null, [], CharOffset(bytes, byteOffset), reason);

    private static int CharOffset(byte[] bytes, int byteOffset) => Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(byteOffset, 0, bytes.Length));

    private static string Trim(string message)
    {
        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "unexpected end of the body (an object or array is not closed)";
        }

        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal).TrimEnd();
    }
}
