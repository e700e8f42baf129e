namespace Ibkr.Silo.Configuration;

/// <summary>How the silo finds its peers and where it keeps grain state (<c>Ibkr:Profile</c>).</summary>
public enum SiloProfile
{
    /// <summary>One machine: localhost clustering, SQLite grain state under the data directory, in-memory reminders.</summary>
    Embedded,

    /// <summary>Several machines: Redis membership, Redis grain state, Redis reminders.</summary>
    Cluster,

    /// <summary>The cluster profile plus Kubernetes hosting (pod names, pod addresses, dead-pod cleanup).</summary>
    Kubernetes,
}
