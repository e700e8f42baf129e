using System.Text.Json.Serialization;

namespace Ibkr.Silo.Health;

/// <summary>The body of <c>/healthz</c>.</summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c> (the HTTP status says the same: 200 or 503).</param>
/// <param name="Silo">The local silo.</param>
/// <param name="Sessions">Session name → state, from every <see cref="ISessionHealthSource"/>.</param>
/// <param name="Problems">Why the silo is unhealthy, one line each; empty when healthy.</param>
public sealed record HealthReport(
    string Status,
    SiloHealth Silo,
    IReadOnlyDictionary<string, string> Sessions,
    IReadOnlyList<string> Problems)
{
    /// <summary>Whether everything is healthy (the body says it with <see cref="Status"/>).</summary>
    [JsonIgnore]
    public bool IsHealthy => Problems.Count == 0;
}

/// <summary>The local silo as <c>/healthz</c> reports it.</summary>
/// <param name="Address">The silo address (host:port@generation).</param>
/// <param name="Status">The membership status: Created, Joining, Active, ShuttingDown, Stopping, Dead.</param>
/// <param name="Profile">The configuration profile it runs with.</param>
public sealed record SiloHealth(string Address, string Status, string Profile);
