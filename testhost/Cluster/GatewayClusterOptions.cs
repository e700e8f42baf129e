using Ibkr.Grains.Configuration;

namespace Ibkr.TestHost.Cluster;

/// <summary>How a <see cref="GatewayCluster"/> sets up its silo and session.</summary>
public record GatewayClusterOptions
{
    /// <summary>The gateway session's name (the client facade's session).</summary>
    public string Session { get; init; } = "paper";

    /// <summary>The API client id the session connects with.</summary>
    public int ClientId { get; init; } = 1;

    /// <summary>Whether the silo may place, modify and cancel orders.</summary>
    public bool TradingEnabled { get; init; } = true;

    /// <summary>
    /// The SQLite file for grain state. Null uses a new file in a temporary folder (deleted on dispose); give the
    /// same path to a second cluster to read the first one's state back after a "restart".
    /// </summary>
    public string? DatabasePath { get; init; }

    /// <summary>Fixed so state written by one cluster is found by the next one on the same file.</summary>
    public string ServiceId { get; init; } = "ibkr-replay";

    /// <summary>The first reconnect delay after a leg ends (short, so multi-leg scripts play quickly).</summary>
    public TimeSpan ReconnectBackoff { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a request answered without a request id waits for its answer (the session's default unless set).</summary>
    public TimeSpan SingletonRequestTimeout { get; init; } = new GatewaySessionOptions().SingletonRequestTimeout;
}

/// <summary>How a <see cref="ReplayCluster"/> sets up its silo, session and replay host.</summary>
public sealed record ReplayClusterOptions : GatewayClusterOptions
{
    /// <summary>The replay host's per-step timeout.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
