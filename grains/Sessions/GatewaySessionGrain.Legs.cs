using Ibkr.Contracts.Sessions;
using Ibkr.Grains.Telemetry;
using Ibkr.Protocol.Transport;
using Microsoft.Extensions.Logging;

namespace Ibkr.Grains.Sessions;

/// <summary>The session's side of the leg supervisor: connecting, a leg becoming Ready, and a leg ending.</summary>
internal sealed partial class GatewaySessionGrain
{
    public Task OnConnectingAsync(int attempt)
    {
        if (_status != SessionStatus.Closed)
        {
            _status = State.ConnectionSeq == 0 ? SessionStatus.Connecting : SessionStatus.Reconnecting;
        }

        if (State.ConnectionSeq > 0 || attempt > 1)
        {
            GrainMetrics.Reconnecting(Name);
        }

        return Task.CompletedTask;
    }

    public Task OnConnectFailedAsync(string reason, bool final)
    {
        _lastError = reason;
        LogConnectFailed(reason, final);
        if (final)
        {
            // The Gateway refused us for good (e.g. an unsupported server version): waiting longer will not help.
            _status = SessionStatus.Closed;
            _supervisor = null;
            ReleaseReadyWaiters();
        }

        return Task.CompletedTask;
    }

    public async Task OnLegReadyAsync(GatewayLeg leg)
    {
        _leg = leg;
        State.ConnectionSeq++;
        State.NextOrderId = Math.Max(State.NextOrderId, leg.Session.NextValidOrderId);
        _accounts = leg.Session.ManagedAccounts;
        _serverVersion = leg.ServerInfo.ServerVersion;
        _status = SessionStatus.Ready;
        _lastError = string.Empty;
        await WriteStateAsync();
        LogLegReady(State.ConnectionSeq, leg.ServerInfo.ServerVersion);
        GrainMetrics.LegOpened(Name);

        ReleaseReadyWaiters();
        await ResumeSubscriptionsAsync(leg);
        await ResumeOrdersAsync(leg);
    }

    public async Task OnLegEndedAsync(LegEnd end, bool willReconnect)
    {
        _leg = null;
        var reason = end.ToString();
        _lastError = reason;
        if (_status != SessionStatus.Closed)
        {
            _status = willReconnect ? SessionStatus.Reconnecting : SessionStatus.Closed;
        }

        LogLegEnded(State.ConnectionSeq, reason, willReconnect);
        GrainMetrics.LegEnded(Name, end.Reason.ToString(), end.ProtocolError is not null);
        InterruptOneShots(reason);
        await GapSubscriptionsAsync(reason);
        await GapOrdersAsync(reason);
    }

    private void ReleaseReadyWaiters()
    {
        foreach (var waiter in _readyWaiters.ToArray())
        {
            waiter.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Leg {ConnectionSeq} ready (server version {ServerVersion})")]
    private partial void LogLegReady(long connectionSeq, int serverVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leg {ConnectionSeq} ended: {Reason} (reconnecting: {WillReconnect})")]
    private partial void LogLegEnded(long connectionSeq, string reason, bool willReconnect);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connect failed: {Reason} (final: {Final})")]
    private partial void LogConnectFailed(string reason, bool final);
}
