using Ibkr.Protocol.Transport;

namespace Ibkr.Grains.Configuration;

/// <summary>
/// One gateway session (<c>Ibkr:Sessions:&lt;name&gt;</c>): which TWS / IB Gateway to connect to and how the
/// session grain keeps the connection. Registered as named options (the name is the session name) and listed in
/// <see cref="GatewaySessionCatalog"/>; validated at startup.
/// </summary>
public sealed class GatewaySessionOptions
{
    /// <summary>The session name (the configuration section's key, and the session grain's key).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary><c>Host</c>: the Gateway's host name or address (required).</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary><c>Port</c>: the Gateway's API port (default 4002, IB Gateway paper).</summary>
    public int Port { get; set; } = 4002;

    /// <summary><c>ClientId</c>: the API client id; unique per Gateway (default 0).</summary>
    public int ClientId { get; set; }

    /// <summary><c>ReconnectBackoffMin</c>: the first delay before reconnecting after a leg ended (default 1 s).</summary>
    public TimeSpan ReconnectBackoffMin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>ReconnectBackoffMax</c>: the longest delay between reconnect attempts (default 60 s).</summary>
    public TimeSpan ReconnectBackoffMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary><c>PacingMessagesPerSecond</c>: outbound message rate, at most the Gateway's 50 (default 50).</summary>
    public int PacingMessagesPerSecond { get; set; } = 50;

    /// <summary><c>ConnectTimeout</c>: time allowed for the TCP connect (default 10 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>SingletonRequestTimeout</c>: how long a request the Gateway answers without a request id (current time,
    /// FA configuration, family codes, market rules, scanner parameters, open and completed orders…) waits for its
    /// answer (default 15 s). The Gateway refuses such a request with an error that has no id either, so nothing
    /// else ends the wait: the request then fails with that error, or as unanswered.
    /// </summary>
    public TimeSpan SingletonRequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The transport settings for one leg of this session.</summary>
    public GatewayLegOptions ToLegOptions() => new()
    {
        Host = Host,
        Port = Port,
        ClientId = ClientId,
        ConnectTimeout = ConnectTimeout,
        Pacing = new PacingOptions { MessagesPerSecond = PacingMessagesPerSecond },
    };
}
