using System.Net;
using Ibkr.Client;
using Ibkr.Grains.Configuration;
using Ibkr.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Ibkr.TestHost.Cluster;

/// <summary>
/// An in-process Orleans cluster (one silo, the real grains, the project's SQLite grain storage) whose gateway
/// session points at any Gateway endpoint (a replay host, the simulator, a real Gateway); <see cref="Client"/> is
/// the public facade over the cluster's client.
/// </summary>
public sealed class GatewayCluster : IAsyncDisposable
{
    private readonly string? _ownedDirectory;

    private GatewayCluster(InProcessTestCluster cluster, IbkrClient client, string databasePath, string? ownedDirectory)
    {
        Cluster = cluster;
        Client = client;
        DatabasePath = databasePath;
        _ownedDirectory = ownedDirectory;
    }

    /// <summary>The Orleans test cluster.</summary>
    public InProcessTestCluster Cluster { get; }

    /// <summary>The public client facade on the cluster.</summary>
    public IbkrClient Client { get; }

    /// <summary>The SQLite file holding grain state.</summary>
    public string DatabasePath { get; }

    /// <summary>Starts the cluster with its gateway session pointed at <paramref name="gateway"/>.</summary>
    public static Task<GatewayCluster> StartAsync(IPEndPoint gateway, GatewayClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return StartAsync(gateway.Address.ToString(), gateway.Port, options);
    }

    /// <summary>Starts the cluster with its gateway session pointed at <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static async Task<GatewayCluster> StartAsync(string host, int port, GatewayClusterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        options ??= new GatewayClusterOptions();
        string? owned = null;
        var path = options.DatabasePath;
        if (path is null)
        {
            owned = Directory.CreateTempSubdirectory("ibkr-cluster-").FullName;
            path = Path.Combine(owned, "grain-state.db");
        }

        var session = new GatewaySessionOptions
        {
            Name = options.Session,
            Host = host,
            Port = port,
            ClientId = options.ClientId,
            ReconnectBackoffMin = options.ReconnectBackoff,
            ReconnectBackoffMax = options.ReconnectBackoff * 4,
            SingletonRequestTimeout = options.SingletonRequestTimeout,
        };
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = options.ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddIbkrGrainServices([session], new TradingOptions { Enabled = options.TradingEnabled });
            silo.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
            silo.AddSqliteGrainStorageAsDefault(storage => storage.DatabasePath = path);
        });
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            DeleteOwned(owned);
            throw;
        }

        var client = new IbkrClient(cluster.Client, new IbkrClientOptions { Session = options.Session });
        return new GatewayCluster(cluster, client, path, owned);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        DeleteOwned(_ownedDirectory);
    }

    private static void DeleteOwned(string? directory)
    {
        if (directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
