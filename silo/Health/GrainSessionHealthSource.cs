using Ibkr.Contracts.Grains;
using Ibkr.Grains.Configuration;

namespace Ibkr.Silo.Health;

/// <summary>The state of every configured gateway session, as its session grain reports it.</summary>
public sealed class GrainSessionHealthSource(IGrainFactory grains, GatewaySessionCatalog catalog) : ISessionHealthSource
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> GetSessionStatesAsync(CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var session in catalog.Sessions)
        {
            var info = await grains.GetGrain<IGatewaySessionGrain>(session.Name).GetInfoAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            states[session.Name] = info.Status.ToString();
        }

        return states;
    }
}
