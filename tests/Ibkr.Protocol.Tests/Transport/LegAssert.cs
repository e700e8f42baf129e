using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transport;

namespace Ibkr.Protocol.Tests.Transport;

internal static class LegAssert
{
    /// <summary>Reads exactly <paramref name="count"/> inbound messages (fails if the leg ends first).</summary>
    public static async Task<List<Message>> ReadAsync(GatewayLeg leg, int count, CancellationToken cancellationToken)
    {
        var messages = new List<Message>(count);
        while (messages.Count < count)
        {
            Assert.True(await leg.Inbound.WaitToReadAsync(cancellationToken), $"the leg ended after {messages.Count} of {count} messages");
            while (messages.Count < count && leg.Inbound.TryRead(out var message))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>Reads every inbound message until the channel completes.</summary>
    public static async Task<List<Message>> ReadToEndAsync(GatewayLeg leg, CancellationToken cancellationToken)
    {
        var messages = new List<Message>();
        await foreach (var message in leg.Inbound.ReadAllAsync(cancellationToken))
        {
            messages.Add(message);
        }

        return messages;
    }
}
