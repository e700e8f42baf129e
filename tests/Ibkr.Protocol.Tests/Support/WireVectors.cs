using System.Text;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Support;

/// <summary>Builds payloads from readable text and checks decodes against expected transcript JSON.</summary>
internal static class WireVectors
{
    /// <summary><c>"1|6|1001|"</c> → the payload bytes, with <c>|</c> standing for NUL.</summary>
    public static byte[] Payload(string fields) => Encoding.UTF8.GetBytes(fields.Replace('|', '\0'));

    /// <summary>The payload as readable text again.</summary>
    public static string Text(ReadOnlySpan<byte> payload) => Encoding.UTF8.GetString(payload).Replace('\0', '|');

    /// <summary>Decodes a server payload and returns it as the expected type.</summary>
    public static T DecodeServer<T>(string fields)
        where T : Message => Assert.IsType<T>(new MessageDecoder(Direction.Server).Decode(Payload(fields)));

    /// <summary>Decodes a client payload and returns it as the expected type.</summary>
    public static T DecodeClient<T>(string fields)
        where T : Message => Assert.IsType<T>(new MessageDecoder(Direction.Client).Decode(Payload(fields)));

    /// <summary>Encodes a message's payload as readable text.</summary>
    public static string Encode(Message message) => Text(new MessageEncoder().Encode(message));

    /// <summary>
    /// Asserts the vector both ways: the payload decodes to a message whose JSON contains
    /// <paramref name="expectedJson"/> (every key given, compared exactly), and that message encodes
    /// back to the same payload.
    /// </summary>
    public static Message AssertVector(Direction sender, string fields, string expectedJson)
    {
        var message = new MessageDecoder(sender).Decode(Payload(fields));
        var actual = MessageJson.ToJson(message);
        var expected = JsonNode.Parse(expectedJson)!.AsObject();
        AssertContains(expected, actual, string.Empty);
        Assert.Equal(fields, Encode(message));
        return message;
    }

    /// <summary>Every key of <paramref name="expected"/> is in <paramref name="actual"/> with the same value.</summary>
    public static void AssertContains(JsonObject expected, JsonObject actual, string path)
    {
        foreach (var (key, value) in expected)
        {
            var where = path + key;
            Assert.True(actual.TryGetPropertyValue(key, out var got), $"missing key {where} in {actual.ToJsonString()}");
            if (value is JsonObject nested)
            {
                AssertContains(nested, Assert.IsType<JsonObject>(got), where + ".");
            }
            else if (value is JsonArray items && items.All(i => i is JsonObject))
            {
                var gotItems = Assert.IsType<JsonArray>(got);
                Assert.True(items.Count == gotItems.Count, $"{where}: expected {items.Count} entries, got {gotItems.Count}");
                for (var i = 0; i < items.Count; i++)
                {
                    AssertContains(items[i]!.AsObject(), Assert.IsType<JsonObject>(gotItems[i]), $"{where}[{i}].");
                }
            }
            else
            {
                Assert.True(JsonNode.DeepEquals(value, got), $"{where}: expected {value?.ToJsonString()}, got {got?.ToJsonString()}");
            }
        }
    }
}
