using System.Net;

namespace Ibkr.Silo.Configuration;

/// <summary>The silo's own settings (section <c>Ibkr</c>; keys in <c>docs/operations.md</c>).</summary>
public sealed class IbkrSiloOptions
{
    /// <summary><c>Ibkr:Profile</c>: embedded (default), cluster or kubernetes.</summary>
    public SiloProfile Profile { get; set; } = SiloProfile.Embedded;

    /// <summary><c>Ibkr:DataDirectory</c>: where the embedded profile keeps its SQLite file.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary><c>Ibkr:Orleans:ServiceId</c>: identifies stored state; keep it fixed across deployments.</summary>
    public string ServiceId { get; set; } = "ibkr";

    /// <summary><c>Ibkr:Orleans:ClusterId</c>: silos with the same cluster id form one cluster.</summary>
    public string ClusterId { get; set; } = "ibkr";

    /// <summary><c>Ibkr:Orleans:SiloPort</c>: silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary><c>Ibkr:Orleans:GatewayPort</c>: the port clients connect to; 0 runs no client gateway.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary><c>Ibkr:Orleans:AdvertisedAddress</c>: the address peers reach this silo at (cluster profile).</summary>
    public IPAddress? AdvertisedAddress { get; set; }

    /// <summary><c>Ibkr:Redis:ConnectionString</c>: StackExchange.Redis configuration (cluster and kubernetes profiles).</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary><c>Ibkr:Storage:DeleteStateOnClear</c>: whether clearing grain state deletes the stored record.</summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary><c>Ibkr:Http:Urls</c>: where <c>/healthz</c> and <c>/metrics</c> listen (semicolon-separated).</summary>
    public string HttpUrls { get; set; } = "http://localhost:8080";

    /// <summary><c>Ibkr:Health:Timeout</c>: how long <c>/healthz</c> waits for the session states.</summary>
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The SQLite file of the embedded profile.</summary>
    public string GrainStatePath => Path.Combine(DataDirectory, "grain-state.db");
}
