using System.Net;
using System.Net.Sockets;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Capture.Recording;

/// <summary>How a recording ended.</summary>
internal sealed record RecorderResult(string Directory, int Legs, bool Stopped, bool TimedOut);

/// <summary>
/// The recording proxy behind <c>ibkr record</c>, usable in-process: <see cref="Start"/> creates the capture
/// directory and listens; legs run concurrently (ibkr-go handles them one at a time); <see cref="StopAsync"/>
/// closes every open leg with its disconnect event written. <see cref="Completion"/> ends after
/// <see cref="RecorderOptions.MaxLegs"/> legs have ended, after the idle timeout, at the overall timeout, or on stop.
/// </summary>
internal sealed class Recorder : IAsyncDisposable
{
    private readonly RecorderOptions _options;
    private readonly TcpListener _listener;
    private readonly EventLog _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _legs = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _legEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _active;
    private int _legCount;
    private int _accepted;

    private Recorder(RecorderOptions options, string directory)
    {
        _options = options;
        Directory = directory;
        _log = new EventLog(Path.Combine(directory, CaptureFiles.Events), options.Time);
        _listener = new TcpListener(options.Listen);
        try
        {
            _listener.Start();
        }
        catch
        {
            _log.Dispose();
            throw;
        }

        Address = (IPEndPoint)_listener.LocalEndpoint;
        Completion = Task.Run(RunAsync);
    }

    /// <summary>The capture directory of this run.</summary>
    public string Directory { get; }

    /// <summary>Where clients connect (the real port when listening on port 0).</summary>
    public IPEndPoint Address { get; }

    public Task<RecorderResult> Completion { get; }

    /// <summary>Legs that have connected to the upstream so far.</summary>
    public int Legs => Volatile.Read(ref _legCount);

    public static Recorder Start(RecorderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var meta = new CaptureMeta(options.Scenario, options.Time.GetUtcNow())
        {
            ListenAddr = options.Listen.ToString(),
            Upstream = $"{options.UpstreamHost}:{options.UpstreamPort}",
            ClientId = options.ClientId,
            Notes = options.Notes,
            Labels = options.RunId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["run_id"] = options.RunId },
        };
        return new Recorder(options, CaptureDirectory.Create(options.OutputRoot, meta));
    }

    /// <summary>Closes every open leg (writing its disconnect) and finishes the recording.</summary>
    public async Task<RecorderResult> StopAsync()
    {
        try
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }

        return await Completion.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Say(string line) => _options.Log?.Invoke(line);

    private async Task<RecorderResult> RunAsync()
    {
        using var deadline = new CancellationTokenSource(_options.Timeout, _options.Time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, deadline.Token);
        try
        {
            await AcceptLegsAsync(stop.Token).ConfigureAwait(false);
            _listener.Stop();
            Task[] legs;
            lock (_lock)
            {
                legs = [.. _legs];
            }

            // Legs already accepted run to their natural end, unless stopped or out of time.
            await Task.WhenAll(legs).WaitAsync(stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(legs).ConfigureAwait(false);
        }
        finally
        {
            _listener.Stop();
            _listener.Dispose();
            _log.Dispose();
        }

        return new RecorderResult(Directory, Legs, _stop.IsCancellationRequested, deadline.IsCancellationRequested && !_stop.IsCancellationRequested);
    }

    private async Task AcceptLegsAsync(CancellationToken stop)
    {
        var accept = _listener.AcceptSocketAsync(stop).AsTask();
        while (_accepted < Math.Max(1, _options.MaxLegs))
        {
            Task idle;
            Task ended;
            lock (_lock)
            {
                ended = _legEnded.Task;
                idle = _accepted > 0 && _active == 0 ? Task.Delay(_options.IdleTimeout, _options.Time, stop) : Task.Delay(Timeout.Infinite, stop);
            }

            var done = await Task.WhenAny(accept, idle, ended).ConfigureAwait(false);
            if (stop.IsCancellationRequested)
            {
                break;
            }

            if (done == idle)
            {
                Say($"no new connection for {GoDuration.Format(_options.IdleTimeout)}: finishing");
                break;
            }

            if (done == accept)
            {
                var socket = await accept.ConfigureAwait(false);
                _accepted++;
                lock (_lock)
                {
                    _active++;
                    _legs.Add(Task.Run(() => RunLegAsync(socket, stop), CancellationToken.None));
                }

                accept = _accepted < _options.MaxLegs ? _listener.AcceptSocketAsync(stop).AsTask() : Task.FromCanceled<Socket>(new CancellationToken(true));
            }
        }

        _ = accept.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private async Task RunLegAsync(Socket client, CancellationToken stop)
    {
        try
        {
            var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            client.NoDelay = true;
            try
            {
                using var connectLimit = CancellationTokenSource.CreateLinkedTokenSource(stop);
                connectLimit.CancelAfter(_options.UpstreamConnectTimeout);
                await upstream.ConnectAsync(_options.UpstreamHost, _options.UpstreamPort, connectLimit.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                // No connect event: the client saw a connection that went nowhere, and the capture says nothing happened.
                Say($"upstream {_options.UpstreamHost}:{_options.UpstreamPort}: {(e is SocketException s ? s.SocketErrorCode.ToString() : "connect timed out")}; client connection closed");
                upstream.Dispose();
                client.Dispose();
                return;
            }

            var leg = Interlocked.Increment(ref _legCount);
            Say($"leg {leg}: {client.RemoteEndPoint} -> {_options.UpstreamHost}:{_options.UpstreamPort}");
            await RecordedLeg.RunAsync(leg, client, upstream, _log, Say, stop).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                _active--;
                var ended = _legEnded;
                _legEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                ended.TrySetResult();
            }
        }
    }
}
