namespace Ibkr.Grains.Configuration;

/// <summary>
/// Every configured gateway session, validated, ordered by name (as configuration lists them). Named options cannot be enumerated, so
/// this is how the session grains (and <c>/healthz</c>) learn which sessions exist.
/// </summary>
public sealed class GatewaySessionCatalog(IReadOnlyList<GatewaySessionOptions> sessions)
{
    /// <summary>The sessions, ordered by name.</summary>
    public IReadOnlyList<GatewaySessionOptions> Sessions { get; } = sessions;

    /// <summary>The session named <paramref name="name"/> (names compare case-insensitively), or null.</summary>
    public GatewaySessionOptions? Find(string name) =>
        Sessions.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
