using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Json;

/// <summary>The mapping between typed messages and their transcript JSON bodies.</summary>
public static class MessageJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The message's fields as a JSON object, keys in wire order.</summary>
    public static JsonObject ToJson(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is UnknownMessage unknown)
        {
            return new JsonObject
            {
                ["msg_id"] = unknown.Id,
                ["fields"] = new JsonArray([.. unknown.Fields.Select(f => JsonValue.Create(f))]),
            };
        }

        var visitor = new JsonWriteVisitor([]);
        message.Visit(visitor);
        return visitor.Target;
    }

    /// <summary>Builds a message of the given type from a JSON body; missing keys keep their defaults.</summary>
    public static Message FromJson(MessageDescriptor descriptor, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(body);
        var message = descriptor.Create();
        message.Visit(new JsonReadVisitor(body));
        return message;
    }

    /// <summary>One-line JSON with the separators transcripts use.</summary>
    public static string Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Compact);
    }
}
