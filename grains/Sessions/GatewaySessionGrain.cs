using Ibkr.Contracts.Errors;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;
using Ibkr.Grains.Configuration;
using Ibkr.Grains.Flows;
using Ibkr.Protocol.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// One gateway session: owns the connection through a <see cref="LegSupervisor"/> (socket loops on the thread
/// pool, callbacks on this grain's scheduler in wire order), reconnects with backoff, allocates order ids and
/// routes what the Gateway sends. Kept active while started; placed once and never migrated with a live socket.
/// This file: activation, state and the session verbs; the other parts hold legs, routing, one-shots, orders and
/// subscriptions.
/// </summary>
[Immovable]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The runtime owns grain lifetimes: the supervisor is stopped in StopAsync and OnDeactivateAsync, and a crashed silo's socket dies with its process.")]
internal sealed partial class GatewaySessionGrain : Grain, IGatewaySessionGrain, ISessionLegSink
{
    private readonly IPersistentState<SessionGrainState> _state;
    private readonly GatewaySessionCatalog _catalog;
    private readonly IOptions<TradingOptions> _trading;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewaySessionGrain> _logger;
    private readonly List<TaskCompletionSource> _readyWaiters = [];
    private GatewaySessionOptions? _options;

    // The last Gateway error that named no request and was no notice, and how many such errors came so far.
    private IbkrError? _lastIdlessError;
    private long _idlessErrors;
    private LegSupervisor? _supervisor;
    private GatewayLeg? _leg;
    private SessionStatus _status = SessionStatus.Disconnected;
    private string _lastError = string.Empty;
    private IReadOnlyList<string> _accounts = [];
    private int _serverVersion;
    private Task _lastWrite = Task.CompletedTask;
    private bool _stateDirty;

    public GatewaySessionGrain(
        [PersistentState("session")] IPersistentState<SessionGrainState> state,
        GatewaySessionCatalog catalog,
        IOptions<TradingOptions> trading,
        TimeProvider time,
        ILogger<GatewaySessionGrain> logger)
    {
        _state = state;
        _catalog = catalog;
        _trading = trading;
        _time = time;
        _logger = logger;
    }

    private string Name => this.GetPrimaryKeyString();

    private SessionGrainState State => _state.State;

    private FlowContext Context => new(Name, State.ConnectionSeq);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _options = _catalog.Find(Name);
        if (_options is null)
        {
            _status = SessionStatus.Closed;
            _lastError = $"no gateway session named '{Name}' is configured (Ibkr:Sessions:{Name})";
        }

        RestoreSubscriptions();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_supervisor is { } supervisor)
        {
            _supervisor = null;
            await supervisor.StopAsync();
        }
    }

    public Task<SessionInfo> StartAsync()
    {
        EnsureStarted();
        return Task.FromResult(Info());
    }

    public Task<SessionInfo> GetInfoAsync() => Task.FromResult(Info());

    public async Task<SessionInfo> WaitReadyAsync(TimeSpan timeout)
    {
        EnsureStarted();
        if (_status == SessionStatus.Ready || _options is null)
        {
            return Info();
        }

        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _readyWaiters.Add(waiter);
        try
        {
            await waiter.Task.WaitAsync(timeout, _time);
        }
        catch (TimeoutException)
        {
            // The caller reads the state and decides; the session keeps trying.
        }
        finally
        {
            _readyWaiters.Remove(waiter);
        }

        return Info();
    }

    public async Task StopAsync()
    {
        _status = SessionStatus.Closed;
        if (_supervisor is { } supervisor)
        {
            _supervisor = null;
            await supervisor.StopAsync();
        }

        // A stopping supervisor makes no more callbacks: close the leg's flows here (Gap, interruptions) if it was up.
        if (_leg is not null)
        {
            await OnLegEndedAsync(new LegEnd(LegEndReason.LocalClosed), willReconnect: false);
        }
    }

    public async Task DropConnectionAsync()
    {
        if (_supervisor is { } supervisor)
        {
            await supervisor.DropAsync();
        }
    }

    private void EnsureStarted()
    {
        if (_options is null || _supervisor is not null)
        {
            return;
        }

        var options = _options;
        _status = State.ConnectionSeq == 0 ? SessionStatus.Connecting : SessionStatus.Reconnecting;
        var sink = new GrainSchedulerSink(this, TaskScheduler.Current);
        _supervisor = new LegSupervisor(options.ToLegOptions, sink, _time, options.ReconnectBackoffMin, options.ReconnectBackoffMax);

        // A connected session must not be collected for idleness: it owns a socket and routes for the cluster.
        DelayDeactivation(TimeSpan.FromDays(3650));
    }

    /// <summary>
    /// Writes the state, one write at a time: socket callbacks and grain calls interleave at awaits, and two
    /// overlapping writes of one state would conflict on its etag.
    /// </summary>
    private Task WriteStateAsync()
    {
        var write = WriteAfterAsync(_lastWrite);
        _lastWrite = write;
        return write;
    }

    private async Task WriteAfterAsync(Task previous)
    {
        // WhenAny never throws: a failed earlier write is its caller's to report, not this one's.
        await Task.WhenAny(previous);
        _stateDirty = false;
        await _state.WriteStateAsync();
    }

    /// <summary>Why a request cannot go out now: the session's state and the last connection error.</summary>
    private string NotConnectedReason =>
        $"session '{Name}' is not connected ({_status}{(_lastError.Length > 0 ? ": " + _lastError : string.Empty)})";

    private SessionInfo Info() => new()
    {
        Name = Name,
        Status = _status,
        ConnectionSeq = State.ConnectionSeq,
        ManagedAccounts = _accounts,
        NextValidId = State.NextOrderId,
        ServerVersion = _serverVersion,
        LastError = _lastError,
        Endpoint = _options is null ? string.Empty : $"{_options.Host}:{_options.Port}",
        ClientId = _options?.ClientId ?? 0,
    };
}
