using System.Reflection;
using Ibkr.Grains.Configuration;
using Ibkr.Silo.Configuration;
using Ibkr.Silo.Health;
using Ibkr.Silo.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Ibkr.Silo.Hosting;

/// <summary>
/// Builds the Ibkr silo host: an Orleans silo configured by profile, plus <c>/healthz</c> and <c>/metrics</c> on
/// ASP.NET Core in the same process. The executable (<c>dotnet run --project silo</c>), the CLI's <c>demo</c> and
/// the tests all start a silo through this class.
/// </summary>
/// <example>
/// <code>
/// var app = IbkrSiloHost.CreateBuilder(args).BuildIbkrSilo(silo => silo.AddIbkrGrains());
/// await app.RunAsync();
/// </code>
/// </example>
public static class IbkrSiloHost
{
    /// <summary>The builder the executable uses: appsettings.json, environment variables, then command-line arguments.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) => WebApplication.CreateSlimBuilder(args);

    /// <summary>
    /// A builder for an embedded silo (CLI demo, tests) whose configuration is exactly <paramref name="settings"/>:
    /// no appsettings.json, environment variables or arguments leak in.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    /// <summary>
    /// Adds the silo (<see cref="AddIbkrSilo"/>), listens on <c>Ibkr:Http:Urls</c>, builds the application and maps
    /// <c>/healthz</c> and, when enabled, <c>/metrics</c>.
    /// </summary>
    /// <exception cref="SiloConfigurationException">The configuration is invalid; every problem is listed.</exception>
    public static WebApplication BuildIbkrSilo(this WebApplicationBuilder builder, Action<ISiloBuilder>? configureSilo = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.AddIbkrSilo(configureSilo);
        builder.WebHost.UseUrls(configuration.Silo.HttpUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var app = builder.Build();
        app.MapIbkrEndpoints();
        return app;
    }

    /// <summary>
    /// Reads and validates the <c>Ibkr</c> configuration, then registers the Orleans silo for the chosen profile,
    /// OpenTelemetry, the options the grains read (<see cref="TradingOptions"/>, named
    /// <see cref="GatewaySessionOptions"/>, <see cref="GatewaySessionCatalog"/>) and the health probe.
    /// <paramref name="configureSilo"/> runs last, so the grains (and tests) can add or override anything.
    /// </summary>
    /// <exception cref="SiloConfigurationException">The configuration is invalid; every problem is listed.</exception>
    public static IbkrSiloConfiguration AddIbkrSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configureSilo = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = IbkrSiloConfiguration.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(configuration);
        Register(services, Options.DefaultName, configuration.Silo);
        Register(services, Options.DefaultName, configuration.Telemetry);
        foreach (var session in configuration.Sessions)
        {
            Register(services, session.Name, session);
        }

        services.AddIbkrGrainServices(configuration.Sessions, configuration.Trading);
        services.AddSingleton<SiloHealthProbe>();
        services.TryAddSingleton<ISessionHealthSource, GrainSessionHealthSource>();
        services.AddIbkrTelemetry(configuration.Telemetry);

        builder.UseOrleans(silo =>
        {
            SiloProfiles.Apply(silo, configuration.Silo);
            silo.AddActivityPropagation();
            silo.StartConfiguredSessions();

            // Grain state is written with the Orleans serializer, not Orleans' default Newtonsoft JSON: the state
            // types are [GenerateSerializer] records with stable [Id]s (version tolerant, exact decimals).
            silo.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
            configureSilo?.Invoke(silo);
        });
        return configuration;
    }

    /// <summary>Maps <c>/healthz</c> and, when the Prometheus exporter is enabled, <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapIbkrEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", async (SiloHealthProbe probe, CancellationToken cancellationToken) =>
        {
            var report = await probe.CheckAsync(cancellationToken);
            return Results.Json(report, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        var telemetry = endpoints.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (telemetry.Exporters.HasFlag(TelemetryExporters.Prometheus))
        {
            endpoints.MapPrometheusScrapingEndpoint();
        }

        return endpoints;
    }

    /// <summary>Registers an already validated options value so IOptions, IOptionsSnapshot and IOptionsMonitor all see it.</summary>
    private static void Register<T>(IServiceCollection services, string name, T value)
        where T : class
    {
        services.AddOptions<T>(name).Configure(target =>
        {
            foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
            {
                property.SetValue(target, property.GetValue(value));
            }
        });
    }
}
