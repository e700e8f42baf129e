using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;

namespace Ibkr.Protocol.Messages;

/// <summary>
/// Every typed message, found once from <see cref="WireMessageAttribute"/>, indexed by id per
/// direction, by name per direction and by type.
/// </summary>
public static class MessageCatalog
{
    private const int MaxId = 512;

    private static readonly MessageDescriptor?[] ServerById = new MessageDescriptor?[MaxId];
    private static readonly MessageDescriptor?[] ClientById = new MessageDescriptor?[MaxId];
    private static readonly FrozenDictionary<Type, MessageDescriptor> ByType;
    private static readonly FrozenDictionary<string, MessageDescriptor> ServerByName;
    private static readonly FrozenDictionary<string, MessageDescriptor> ClientByName;

#pragma warning disable CA1810 // One pass over the assembly fills every table; an initializer per field would repeat it.
    static MessageCatalog()
#pragma warning restore CA1810
    {
        var all = new List<MessageDescriptor>();
        foreach (var type in typeof(Message).Assembly.GetTypes())
        {
            var attribute = type.GetCustomAttribute<WireMessageAttribute>();
            if (attribute is null || type.IsAbstract || !typeof(Message).IsAssignableFrom(type))
            {
                continue;
            }

            var create = Expression.Lambda<Func<Message>>(Expression.New(type)).Compile();
            var descriptor = new MessageDescriptor(type, attribute.Direction, attribute.Id, attribute.Name, create);
            var table = attribute.Direction == Direction.Server ? ServerById : ClientById;
            if (table[attribute.Id] is { } clash)
            {
                throw new InvalidOperationException($"{type.Name} and {clash.Type.Name} both claim {attribute.Direction} id {attribute.Id}");
            }

            table[attribute.Id] = descriptor;
            all.Add(descriptor);
        }

        All = [.. all.OrderBy(d => d.Direction).ThenBy(d => d.Id)];
        ByType = all.ToFrozenDictionary(d => d.Type);
        ServerByName = all.Where(d => d.Direction == Direction.Server).ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        ClientByName = all.Where(d => d.Direction == Direction.Client).ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>Every message type, server first, by id.</summary>
    public static IReadOnlyList<MessageDescriptor> All { get; }

    /// <summary>The descriptor of a message type.</summary>
    public static MessageDescriptor Describe(Type type) =>
        ByType.TryGetValue(type, out var d) ? d : throw new ArgumentException($"{type.Name} is not a cataloged message", nameof(type));

    /// <summary>The message type sent with <paramref name="id"/> in <paramref name="direction"/>, if known.</summary>
    public static MessageDescriptor? Find(Direction direction, int id) =>
        (uint)id < MaxId ? (direction == Direction.Server ? ServerById : ClientById)[id] : null;

    /// <summary>The message type with a transcript name in <paramref name="direction"/>, if known.</summary>
    public static MessageDescriptor? Find(Direction direction, string name) =>
        (direction == Direction.Server ? ServerByName : ClientByName).GetValueOrDefault(name);
}
