using System.Net;
using System.Net.Sockets;
using Ibkr.Simulator.Faults;
using Ibkr.Simulator.Hosting;

namespace Ibkr.Simulator;

/// <summary>
/// A stateful paper IB Gateway on a TCP port: it speaks the real protocol through the production codec, keeps
/// instruments, a seeded market, orders, executions and accounts, and injects faults on demand or on a schedule.
/// Time is the injected <see cref="TimeProvider"/>: with a fake one, tests move the market step by step.
/// </summary>
public sealed class GatewaySimulator : IAsyncDisposable
{
    private readonly SimulatorCore _core;
    private readonly TcpListener _listener;
    private readonly ConnectionHost _host;
    private readonly FarmGapSchedule _gaps;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly ITimer _stepTimer;
    private int _disposed;

    private GatewaySimulator(SimulatorOptions options, TimeProvider time)
    {
        _core = new SimulatorCore(options, time);
        _gaps = new FarmGapSchedule(_core);
        _listener = new TcpListener(options.Listen);
        _listener.Start();
        Endpoint = (IPEndPoint)_listener.LocalEndpoint;
        _host = new ConnectionHost(_core, _listener);
        _accepting = Task.Run(() => _host.AcceptAsync(_stop.Token));
        _stepTimer = time.CreateTimer(_ => RunDueSteps(), null, options.TickInterval, options.TickInterval);
    }

    /// <summary>The address clients connect to (the real port when listening on port 0).</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>The managed accounts.</summary>
    public IReadOnlyList<string> Accounts => _core.Options.Accounts;

    /// <summary>How many clients are connected (past the handshake, with a unique client id).</summary>
    public int ConnectedClients
    {
        get
        {
            lock (_core.Gate)
            {
                return _core.Sessions.Count;
            }
        }
    }

    /// <summary>How many market steps have run.</summary>
    public long Steps
    {
        get
        {
            lock (_core.Gate)
            {
                return _core.Market.Steps;
            }
        }
    }

    /// <summary>Starts listening; the market steps on <paramref name="timeProvider"/> (the system clock by default).</summary>
    public static Task<GatewaySimulator> StartAsync(SimulatorOptions? options = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new SimulatorOptions();
        options.Validate();
        return Task.FromResult(new GatewaySimulator(options, timeProvider ?? TimeProvider.System));
    }

    /// <summary>Closes every client connection now (a network failure); clients may reconnect at once.</summary>
    public void DropAllConnections() => _host.DropAll();

    /// <summary>Sends error 1100 to every client and stops market data until <see cref="RestoreConnectivity"/>.</summary>
    public void LoseConnectivity()
    {
        lock (_core.Gate)
        {
            Connectivity.Lose(_core);
        }
    }

    /// <summary>Sends error 1102 (restored, data maintained) to every client; market data resumes.</summary>
    public void RestoreConnectivity()
    {
        lock (_core.Gate)
        {
            Connectivity.Restore(_core);
        }
    }

    /// <summary>Stops listening, closes every connection and stops the market.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stepTimer.DisposeAsync().ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        _host.DropAll();
        await _accepting.ConfigureAwait(false);
        _listener.Dispose();
        _stop.Dispose();
    }

    /// <summary>
    /// Runs every step that is due by now, each at its own time (start + n × interval), so the walk depends on
    /// virtual time only, not on when the timer happened to fire.
    /// </summary>
    private void RunDueSteps()
    {
        lock (_core.Gate)
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            var interval = _core.Options.TickInterval;
            var due = (_core.Clock.Now - _core.Clock.Start).Ticks / interval.Ticks;
            while (_core.Market.Steps < due)
            {
                var time = _core.Clock.Start + (interval * (_core.Market.Steps + 1));
                _gaps.Before(time);
                _core.Step(time);
            }
        }
    }
}
