using Ibkr.Client;
using Ibkr.Grains.Configuration;
using Ibkr.Protocol.Transcripts;
using Ibkr.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Ibkr.TestHost.Cluster;

/// <summary>
/// A replay host serving a transcript as the Gateway, and an in-process Orleans cluster (one silo, the real grains,
/// the project's SQLite grain storage) whose gateway session points at it; <see cref="Client"/> is the public
/// facade over the cluster's client. Tests drive the facade and then check <see cref="WaitForScriptAsync"/>.
/// </summary>
public sealed class ReplayCluster : IAsyncDisposable
{
    private readonly string? _ownedDirectory;

    private ReplayCluster(ReplayHost host, InProcessTestCluster cluster, IbkrClient client, string databasePath, string? ownedDirectory)
    {
        Host = host;
        Cluster = cluster;
        Client = client;
        DatabasePath = databasePath;
        _ownedDirectory = ownedDirectory;
    }

    /// <summary>The replay host playing the Gateway.</summary>
    public ReplayHost Host { get; }

    /// <summary>The Orleans test cluster.</summary>
    public InProcessTestCluster Cluster { get; }

    /// <summary>The public client facade on the cluster.</summary>
    public IbkrClient Client { get; }

    /// <summary>The SQLite file holding grain state.</summary>
    public string DatabasePath { get; }

    /// <summary>Starts the replay host for <paramref name="transcript"/>, then the cluster pointed at it.</summary>
    public static async Task<ReplayCluster> StartAsync(Transcript transcript, ReplayClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        options ??= new ReplayClusterOptions();
        var host = ReplayHost.Start(transcript, new ReplayHostOptions { StepTimeout = options.StepTimeout });
        try
        {
            var (cluster, path, owned) = await StartClusterAsync(host.Address.Port, options);
            var client = new IbkrClient(cluster.Client, new IbkrClientOptions { Session = options.Session });
            return new ReplayCluster(host, cluster, client, path, owned);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Parses and starts a transcript file.</summary>
    public static Task<ReplayCluster> StartAsync(string transcriptPath, ReplayClusterOptions? options = null)
    {
        var parsed = TranscriptParser.Parse(transcriptPath, File.ReadAllText(transcriptPath));
        return parsed.Ok
            ? StartAsync(parsed.Transcript, options)
            : throw new InvalidDataException($"{transcriptPath} does not parse:\n{string.Join('\n', parsed.Problems)}");
    }

    /// <summary>Waits (bounded) for the replay host to finish the script; the result says whether it was consumed.</summary>
    public Task<ReplayResult> WaitForScriptAsync(TimeSpan? timeout = null) =>
        Host.Completion.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Host.DisposeAsync();
        if (_ownedDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_ownedDirectory, recursive: true);
        }
    }

    private static async Task<(InProcessTestCluster Cluster, string Path, string? Owned)> StartClusterAsync(int gatewayPort, ReplayClusterOptions options)
    {
        string? owned = null;
        var path = options.DatabasePath;
        if (path is null)
        {
            owned = Directory.CreateTempSubdirectory("ibkr-replay-").FullName;
            path = Path.Combine(owned, "grain-state.db");
        }

        var session = new GatewaySessionOptions
        {
            Name = options.Session,
            Host = "127.0.0.1",
            Port = gatewayPort,
            ClientId = options.ClientId,
            ReconnectBackoffMin = options.ReconnectBackoff,
            ReconnectBackoffMax = options.ReconnectBackoff * 4,
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
        await cluster.DeployAsync();
        return (cluster, path, owned);
    }
}
