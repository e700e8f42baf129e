using System.Net;
using System.Net.Sockets;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost;

/// <summary>
/// Serves one parsed <see cref="Transcript"/> as the Gateway (testhost-matching.md §3–§10): listens on one
/// endpoint, runs the steps strictly in file order in the background, accepts lazily (and again after a
/// <c>disconnect</c>), and stops at the first failure. Unlike ibkr-go's host, every wait on the client is
/// limited by <see cref="ReplayHostOptions.StepTimeout"/> and a failure closes the connection.
/// </summary>
public sealed class ReplayHost : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<ReplayResult> _completion;
    private int _disposed;

    private ReplayHost(Transcript transcript, ReplayHostOptions options)
    {
        _listener = new TcpListener(options.Listen);
        _listener.Start();
        Address = (IPEndPoint)_listener.LocalEndpoint;
        var runner = new ReplayRunner(transcript, options, _listener);
        _completion = Task.Run(() => runner.RunAsync(_stop.Token));
    }

    /// <summary>The endpoint the host listens on (the actual port when listening on port 0).</summary>
    public IPEndPoint Address { get; }

    /// <summary>Completes when the run ends: transcript consumed, first failure, or disposal. Never faults.</summary>
    public Task<ReplayResult> Completion => _completion;

    /// <summary>Starts listening and playing <paramref name="transcript"/> in the background.</summary>
    public static ReplayHost Start(Transcript transcript, ReplayHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return new ReplayHost(transcript, options ?? new ReplayHostOptions());
    }

    /// <summary>Stops the run (if still going), closes the connection and the listener.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _completion.ConfigureAwait(false);
        _listener.Dispose();
        _stop.Dispose();
    }
}
