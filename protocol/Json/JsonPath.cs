using System.Text.Json.Nodes;

namespace Ibkr.Protocol.Json;

/// <summary>Dotted keys (<c>contract.con_id</c>) address nested JSON objects.</summary>
internal static class JsonPath
{
    /// <summary>Sets a value, creating the nested objects on the way.</summary>
    public static void Set(JsonObject root, string key, JsonNode? value)
    {
        var target = root;
        var start = 0;
        int dot;
        while ((dot = key.IndexOf('.', start)) >= 0)
        {
            var part = key[start..dot];
            if (target[part] is not JsonObject child)
            {
                child = [];
                target[part] = child;
            }

            target = child;
            start = dot + 1;
        }

        target[key[start..]] = value;
    }

    /// <summary>Finds a value; false when any part of the path is missing.</summary>
    public static bool TryGet(JsonObject root, string key, out JsonNode? value)
    {
        var target = root;
        var start = 0;
        int dot;
        while ((dot = key.IndexOf('.', start)) >= 0)
        {
            if (target[key[start..dot]] is not JsonObject child)
            {
                value = null;
                return false;
            }

            target = child;
            start = dot + 1;
        }

        return target.TryGetPropertyValue(key[start..], out value);
    }
}
