using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Ibkr.Protocol.Messages;

namespace Ibkr.Grains.Routing;

/// <summary>
/// Reads the request id of any inbound message that carries one (a public <c>ReqId</c> field), so the session can
/// route replies without a switch over every message type. One compiled accessor per type, built on first use.
/// </summary>
internal static class RequestIds
{
    private static readonly ConcurrentDictionary<Type, Func<Message, int>?> Readers = new();

    /// <summary>The message's request id, or null when its layout has none.</summary>
    public static int? Of(Message message)
    {
        var reader = Readers.GetOrAdd(message.GetType(), Build);
        return reader?.Invoke(message);
    }

    private static Func<Message, int>? Build(Type type)
    {
        var field = type.GetField("ReqId", BindingFlags.Public | BindingFlags.Instance);
        if (field is null || field.FieldType != typeof(int))
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(Message), "m");
        var body = Expression.Field(Expression.Convert(parameter, type), field);
        return Expression.Lambda<Func<Message, int>>(body, parameter).Compile();
    }
}
