namespace Ibkr.Protocol.Transport;


/// <summary>The Gateway's message-rate rule, enforced in the writer.</summary>
public sealed class PacingOptions
{
    /// <summary>At most this many messages in any one-second window (the Gateway's limit is 50).</summary>
    public int MessagesPerSecond { get; set; } = 50;
}
