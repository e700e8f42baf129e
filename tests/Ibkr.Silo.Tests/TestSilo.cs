using Ibkr.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ibkr.Silo.Tests;

/// <summary>An Ibkr silo host started in-process through <see cref="IbkrSiloHost"/>, as the CLI's demo starts one.</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private TestSilo(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Where /healthz and /metrics listen.</summary>
    public Uri HttpAddress => new(App.Urls.First());

    /// <summary>Settings for a silo of the embedded profile on free loopback ports.</summary>
    public static Dictionary<string, string?> Embedded(string dataDirectory, string serviceId = "silo-tests")
    {
        var settings = Common(serviceId, clusterId: "silo-tests");
        settings["Ibkr:Profile"] = "embedded";
        settings["Ibkr:DataDirectory"] = dataDirectory;
        return settings;
    }

    /// <summary>Settings for a silo of the cluster profile on free loopback ports.</summary>
    public static Dictionary<string, string?> Cluster(string redis, string serviceId, string clusterId)
    {
        var settings = Common(serviceId, clusterId);
        settings["Ibkr:Profile"] = "cluster";
        settings["Ibkr:Redis:ConnectionString"] = redis;
        settings["Ibkr:Orleans:AdvertisedAddress"] = "127.0.0.1";
        return settings;
    }

    public static async Task<TestSilo> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection>? services = null,
        Action<ISiloBuilder>? configureSilo = null)
    {
        var builder = IbkrSiloHost.CreateBuilder(settings);
        services?.Invoke(builder.Services);
        var app = builder.BuildIbkrSilo(configureSilo);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await app.StartAsync(timeout.Token);
        return new TestSilo(app);
    }

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await App.DisposeAsync();
    }

    private static Dictionary<string, string?> Common(string serviceId, string clusterId)
    {
        var ports = LoopbackPorts.Free(2);
        return new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Error",
            ["Ibkr:Orleans:ServiceId"] = serviceId,
            ["Ibkr:Orleans:ClusterId"] = clusterId,
            ["Ibkr:Orleans:SiloPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ibkr:Orleans:GatewayPort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ibkr:Http:Urls"] = "http://127.0.0.1:0",
        };
    }
}
