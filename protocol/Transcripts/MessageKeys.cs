using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// The transcript keys a message type can carry: every key its layout visits (sampled across branches)
/// and every key its JSON form holds. Dotted keys nest objects; list element keys read <c>list[].key</c>.
/// </summary>
public sealed class MessageKeys
{
    private const int Samples = 96;

    private static readonly ConcurrentDictionary<MessageDescriptor, MessageKeys> Cache = new();

    private readonly FrozenSet<string> _leaves;
    private readonly FrozenSet<string> _objects;

    private MessageKeys(HashSet<string> keys)
    {
        _leaves = keys.ToFrozenSet(StringComparer.Ordinal);
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            for (var dot = key.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = key.IndexOf('.', dot + 1))
            {
                objects.Add(key[..dot]);
            }
        }

        _objects = objects.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every known key path (leaves and lists).</summary>
    public IReadOnlySet<string> Keys => _leaves;

    /// <summary>The keys of a message type (computed once).</summary>
    public static MessageKeys Of(MessageDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Cache.GetOrAdd(descriptor, Collect);
    }

    /// <summary>The body's keys that the message type does not carry, as dotted paths (<c>bars[0].x</c>).</summary>
    public IReadOnlyList<string> Unknown(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var unknown = new List<string>();
        Walk(body, string.Empty, string.Empty, unknown);
        return unknown;
    }

    private static MessageKeys Collect(MessageDescriptor descriptor)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < Samples; seed++)
        {
            var message = descriptor.Create();
            try
            {
                message.Visit(new KeySampler(new Random(seed), keys));
            }
            catch (InvalidOperationException)
            {
                // A sampled value the layout rejects ends this sample; the keys seen so far still count.
                continue;
            }

            AddPaths(MessageJson.ToJson(message), string.Empty, keys);
        }

        return new MessageKeys(keys);
    }

    private static void AddPaths(JsonObject json, string prefix, HashSet<string> keys)
    {
        foreach (var (key, value) in json)
        {
            var path = prefix + key;
            switch (value)
            {
                case JsonObject child:
                    AddPaths(child, path + ".", keys);
                    break;
                case JsonArray array:
                    keys.Add(path);
                    foreach (var element in array.OfType<JsonObject>())
                    {
                        AddPaths(element, path + "[].", keys);
                    }

                    break;
                default:
                    keys.Add(path);
                    break;
            }
        }
    }

    private void Walk(JsonObject json, string schemaPrefix, string shownPrefix, List<string> unknown)
    {
        foreach (var (key, value) in json)
        {
            var path = schemaPrefix + key;
            var shown = shownPrefix + key;
            if (value is JsonObject child && _objects.Contains(path))
            {
                Walk(child, path + ".", shown + ".", unknown);
            }
            else if (value is JsonArray array && _leaves.Contains(path) && _objects.Contains(path + "[]"))
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject element)
                    {
                        Walk(element, path + "[].", $"{shown}[{i}].", unknown);
                    }
                }
            }
            else if (!_leaves.Contains(path))
            {
                unknown.Add(shown);
            }
        }
    }
}
