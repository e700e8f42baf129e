using Ibkr.Contracts.Grains;
using Ibkr.Grains.Configuration;

namespace Ibkr.Silo.Hosting;

/// <summary>
/// Starts every configured gateway session when the silo starts, so a silo connects without waiting for a first
/// client call. Starting returns at once; the session connects and reconnects on its own.
/// </summary>
internal static class SessionStartup
{
    public static ISiloBuilder StartConfiguredSessions(this ISiloBuilder silo) =>
        silo.AddStartupTask(static async (services, cancellationToken) =>
        {
            var grains = services.GetRequiredService<IGrainFactory>();
            foreach (var session in services.GetRequiredService<GatewaySessionCatalog>().Sessions)
            {
                await grains.GetGrain<IGatewaySessionGrain>(session.Name).StartAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        });
}
