using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ibkr.Grains.Configuration;

/// <summary>What the grains need from the silo's services: the configured sessions, the trading switch and a clock.</summary>
public static class GrainServiceRegistration
{
    /// <summary>
    /// Registers <paramref name="sessions"/> (the catalog the session grains read) and <paramref name="trading"/>.
    /// The silo host calls this with its validated configuration; test clusters call it with their replay hosts.
    /// </summary>
    public static IServiceCollection AddIbkrGrainServices(this IServiceCollection services, IReadOnlyList<GatewaySessionOptions> sessions, TradingOptions trading)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(trading);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new GatewaySessionCatalog(sessions));
        services.AddOptions<TradingOptions>().Configure(t => t.Enabled = trading.Enabled);
        return services;
    }
}
