using Ibkr.Client;
using Ibkr.Protocol.Transcripts;
using Orleans.TestingHost;

namespace Ibkr.TestHost.Cluster;

/// <summary>
/// A replay host serving a transcript as the Gateway, and a <see cref="GatewayCluster"/> pointed at it;
/// <see cref="Client"/> is the public facade over the cluster's client. Tests drive the facade and then check
/// <see cref="WaitForScriptAsync"/>.
/// </summary>
public sealed class ReplayCluster : IAsyncDisposable
{
    private readonly GatewayCluster _gateway;

    private ReplayCluster(ReplayHost host, GatewayCluster gateway)
    {
        Host = host;
        _gateway = gateway;
    }

    /// <summary>The replay host playing the Gateway.</summary>
    public ReplayHost Host { get; }

    /// <summary>The Orleans test cluster.</summary>
    public InProcessTestCluster Cluster => _gateway.Cluster;

    /// <summary>The public client facade on the cluster.</summary>
    public IbkrClient Client => _gateway.Client;

    /// <summary>The SQLite file holding grain state.</summary>
    public string DatabasePath => _gateway.DatabasePath;

    /// <summary>Starts the replay host for <paramref name="transcript"/>, then the cluster pointed at it.</summary>
    public static async Task<ReplayCluster> StartAsync(Transcript transcript, ReplayClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        options ??= new ReplayClusterOptions();
        var host = ReplayHost.Start(transcript, new ReplayHostOptions { StepTimeout = options.StepTimeout });
        try
        {
            return new ReplayCluster(host, await GatewayCluster.StartAsync("127.0.0.1", host.Address.Port, options));
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
        await _gateway.DisposeAsync();
        await Host.DisposeAsync();
    }
}
