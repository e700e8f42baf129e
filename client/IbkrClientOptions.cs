namespace Ibkr.Client;

/// <summary>How an <see cref="IbkrClient"/> talks to the service.</summary>
public sealed class IbkrClientOptions
{
    /// <summary>The gateway session (as configured on the silos, <c>Ibkr:Sessions:&lt;name&gt;</c>) to use.</summary>
    public string Session { get; set; } = "paper";

    /// <summary>Names this client's subscriptions, so that re-subscribing with the same id is idempotent.</summary>
    public string SubscriberId { get; set; } = $"client-{Guid.NewGuid():N}";

    /// <summary>How long <see cref="IbkrClient.ConnectAsync"/> waits for the session to be ready.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
