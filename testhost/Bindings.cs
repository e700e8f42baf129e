using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;

namespace Ibkr.TestHost;

/// <summary>
/// The one binding table of a run (testhost-matching.md §7): <c>$name</c> strings bind on first use in a client
/// step and are substituted into server and handshake bodies afterwards. Never cleared between legs.
/// </summary>
internal sealed class Bindings
{
    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);

    public bool TryGet(string name, out JsonNode? value) => _values.TryGetValue(name, out value);

    public void Set(string name, JsonNode? value) => _values[name] = value?.DeepClone();

    /// <summary>A copy of <paramref name="node"/> in which every string equal to a bound name is that value.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, child) in obj)
                {
                    copy[key] = Resolve(child);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Resolve)]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                && _values.TryGetValue(value.GetValue<string>(), out var bound):
                return bound?.DeepClone();
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Resolves an object body.</summary>
    public JsonObject ResolveObject(JsonObject body) => (JsonObject)Resolve(body)!;

    /// <summary>
    /// A value as text for comparisons: strings as they are, numbers by their JSON text, booleans as
    /// <c>true</c>/<c>false</c>, null as <c>null</c>, objects and arrays as compact JSON.
    /// </summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => MessageJson.Serialize(node),
    };
}
