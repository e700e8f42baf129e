using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Ibkr.Client;
using Ibkr.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ibkr.Cli.Demo;

/// <summary>
/// An embedded silo for the demo: localhost clustering on free loopback ports, grain state in a SQLite file in a
/// temporary folder, trading on, one gateway session pointed at <c>host:port</c>; the facade uses the silo's own
/// cluster client.
/// </summary>
internal sealed class DemoSilo : IAsyncDisposable
{
    public const string Session = "demo";

    private readonly WebApplication _app;

    private DemoSilo(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Client = new IbkrClient(app.Services.GetRequiredService<IClusterClient>(), new IbkrClientOptions { Session = Session, SubscriberId = "demo" });
    }

    public IbkrClient Client { get; }

    public string DataDirectory { get; }

    public static async Task<DemoSilo> StartAsync(string host, int port, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("ibkr-demo-").FullName;
        var ports = FreePorts(2);
        var settings = new Dictionary<string, string?>
        {
            // The tour is the output: Orleans' own start and stop chatter stays out of it.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Orleans"] = "None",
            ["Logging:LogLevel:Polly"] = "None",
            ["Ibkr:Profile"] = "embedded",
            ["Ibkr:DataDirectory"] = data,
            ["Ibkr:Orleans:ServiceId"] = "ibkr-demo",
            ["Ibkr:Orleans:ClusterId"] = "ibkr-demo",
            ["Ibkr:Orleans:SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Ibkr:Orleans:GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Ibkr:Http:Urls"] = "http://127.0.0.1:0",
            ["Ibkr:Trading:Enabled"] = "true",
            [$"Ibkr:Sessions:{Session}:Host"] = host,
            [$"Ibkr:Sessions:{Session}:Port"] = port.ToString(CultureInfo.InvariantCulture),
            [$"Ibkr:Sessions:{Session}:ClientId"] = "1",
            [$"Ibkr:Sessions:{Session}:ReconnectBackoffMin"] = "200ms",
            [$"Ibkr:Sessions:{Session}:ReconnectBackoffMax"] = "2s",
        };
        var app = IbkrSiloHost.CreateBuilder(settings).BuildIbkrSilo();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new DemoSilo(app, data);
    }

    public async ValueTask DisposeAsync()
    {
        // A short graceful stop: the demo's state is throw-away, so a slow shutdown is cut rather than waited for.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
