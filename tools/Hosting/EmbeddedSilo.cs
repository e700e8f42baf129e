using System.Globalization;
using Ibkr.Client;
using Ibkr.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ibkr.Cli.Hosting;

/// <summary>What an <see cref="EmbeddedSilo"/> connects to and as whom.</summary>
/// <param name="Session">The gateway session's name (also the facade's session).</param>
/// <param name="ClientId">The API client id the session handshakes with.</param>
/// <param name="GatewayHost">Where the session connects (a Gateway, the simulator or a recorder).</param>
/// <param name="GatewayPort">The gateway's port.</param>
/// <param name="Trading">Whether the silo accepts orders (<c>Ibkr:Trading:Enabled</c>).</param>
internal sealed record EmbeddedSiloOptions(string Session, int ClientId, string GatewayHost, int GatewayPort, bool Trading)
{
    /// <summary>Names the temporary data folder, the cluster and service ids, and the facade's subscriber id.</summary>
    public string Purpose { get; init; } = Session;
}

/// <summary>
/// An in-process silo for the tools (<c>ibkr demo</c>, the capture driver's <c>api_</c> scenarios): embedded
/// profile, localhost clustering on free loopback ports, grain state in a SQLite file in a temporary folder, one
/// gateway session pointed at host:port; the facade uses the silo's own cluster client.
/// </summary>
internal sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddedSilo(WebApplication app, EmbeddedSiloOptions options, string dataDirectory)
    {
        _app = app;
        Options = options;
        DataDirectory = dataDirectory;
        Client = new IbkrClient(app.Services.GetRequiredService<IClusterClient>(), new IbkrClientOptions { Session = options.Session, SubscriberId = options.Purpose });
    }

    public IbkrClient Client { get; }

    public EmbeddedSiloOptions Options { get; }

    public string DataDirectory { get; }

    public static async Task<EmbeddedSilo> StartAsync(EmbeddedSiloOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = Directory.CreateTempSubdirectory($"ibkr-{options.Purpose}-").FullName;
        var ports = LoopbackPorts.Free(2);
        var session = options.Session;
        var settings = new Dictionary<string, string?>
        {
            // The tool's own output is what matters: Orleans' start and stop chatter stays out of it.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Orleans"] = "None",
            ["Logging:LogLevel:Polly"] = "None",
            ["Ibkr:Profile"] = "embedded",
            ["Ibkr:DataDirectory"] = data,
            ["Ibkr:Orleans:ServiceId"] = $"ibkr-{options.Purpose}",
            ["Ibkr:Orleans:ClusterId"] = $"ibkr-{options.Purpose}",
            ["Ibkr:Orleans:SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Ibkr:Orleans:GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Ibkr:Http:Urls"] = "http://127.0.0.1:0",
            ["Ibkr:Trading:Enabled"] = options.Trading ? "true" : "false",
            [$"Ibkr:Sessions:{session}:Host"] = options.GatewayHost,
            [$"Ibkr:Sessions:{session}:Port"] = options.GatewayPort.ToString(CultureInfo.InvariantCulture),
            [$"Ibkr:Sessions:{session}:ClientId"] = options.ClientId.ToString(CultureInfo.InvariantCulture),
            [$"Ibkr:Sessions:{session}:ReconnectBackoffMin"] = "200ms",
            [$"Ibkr:Sessions:{session}:ReconnectBackoffMax"] = "2s",
        };
        var app = IbkrSiloHost.CreateBuilder(settings).BuildIbkrSilo();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(data, recursive: true);
            throw;
        }

        return new EmbeddedSilo(app, options, data);
    }

    public async ValueTask DisposeAsync()
    {
        // A short graceful stop: the state is throw-away, so a slow shutdown is cut rather than waited for.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
