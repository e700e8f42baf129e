using System.Collections.Concurrent;
using System.Net.Sockets;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.Simulator.Hosting;

/// <summary>
/// Accepts clients and runs each one: the handshake (<see cref="ServerLeg"/>), the bootstrap a Gateway sends,
/// then every request through the <see cref="RequestRouter"/> under the simulator's lock. A second connection with
/// a client id already connected gets error 326 and is closed.
/// </summary>
internal sealed class ConnectionHost(SimulatorCore core, TcpListener listener)
{
    private readonly RequestRouter _router = new(core);
    private readonly ConcurrentDictionary<ServerLeg, byte> _legs = new();

    public async Task AcceptAsync(CancellationToken stop)
    {
        var serving = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var socket = await listener.AcceptSocketAsync(stop).ConfigureAwait(false);
                serving.RemoveAll(t => t.IsCompleted);
                serving.Add(Task.Run(() => ServeAsync(socket, stop), CancellationToken.None));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The listener stopped.
        }

        await Task.WhenAll(serving).ConfigureAwait(false);
    }

    /// <summary>Closes every client connection at once, as a network failure would.</summary>
    public void DropAll()
    {
        lock (core.Gate)
        {
            foreach (var session in core.Sessions.Values.ToList())
            {
                core.Drop(session);
            }
        }

        foreach (var leg in _legs.Keys)
        {
            leg.Abort();
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken stop)
    {
        ServerLeg leg;
        try
        {
            var options = new ServerLegOptions { HandshakeTimeout = core.Options.HandshakeTimeout };
            leg = await ServerLeg.AcceptAsync(socket, ChooseServerInfo, options, core.Clock.Time, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ProtocolException or TimeoutException or IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            return; // A client that cannot finish the handshake is simply closed, as a Gateway does.
        }

        _legs[leg] = 0;
        try
        {
            ClientSession? session;
            lock (core.Gate)
            {
                session = Register(leg);
            }

            if (session is not null)
            {
                Log($"client {session.ClientId} connected");
                await RunAsync(session).ConfigureAwait(false);
            }

            var end = await leg.Completion.ConfigureAwait(false);
            Log(session is null
                ? $"client {leg.Handshake.ClientId} refused: client id already connected (326)"
                : $"client {session.ClientId} disconnected ({end.Reason})");
        }
        finally
        {
            _legs.TryRemove(leg, out _);
            await leg.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Log(string line) => core.Options.ConnectionLog?.Invoke(line);

    private ServerInfo ChooseServerInfo(VersionRange offered)
    {
        lock (core.Gate)
        {
            return new ServerInfo(Math.Min(offered.Max, ProtocolVersions.Maximum), core.Clock.ConnectionTime(core.Now));
        }
    }

    private ClientSession? Register(ServerLeg leg)
    {
        var clientId = leg.Handshake.ClientId;
        if (core.Sessions.ContainsKey(clientId))
        {
            leg.TrySend(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ClientIdInUse, "Unable to connect as the client id is already in use. Retry with a unique client id."));
            leg.CloseAfterPendingWrites();
            return null;
        }

        var session = new ClientSession(leg, core.Options.DropAfterMessages);
        core.Sessions.Add(clientId, session);
        session.Send(new ManagedAccounts { Accounts = [.. core.Ledger.All.Select(a => a.Id)] });
        session.Send(new NextValidId { OrderId = core.NextOrderId });
        session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.MarketDataFarmOk, "Market data farm connection is OK:usfarm"));
        session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.HistoricalFarmOk, "HMDS data farm connection is OK:ushmds"));
        session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.SecDefFarmOk, "Sec-def data farm connection is OK:secdefnj"));
        if (core.ConnectivityLost)
        {
            session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ConnectivityLost, "Connectivity between IBKR and Trader Workstation has been lost."));
        }

        core.Orders.ResendOpenOrders(session);
        if (core.Options.DropAfter is { } after)
        {
            session.DropTimer = core.Clock.Time.CreateTimer(_ => DropLater(session), null, after, Timeout.InfiniteTimeSpan);
        }

        return session;
    }

    private void DropLater(ClientSession session)
    {
        lock (core.Gate)
        {
            core.Drop(session);
        }
    }

    private async Task RunAsync(ClientSession session)
    {
        try
        {
            await foreach (var message in session.Leg.Inbound.ReadAllAsync().ConfigureAwait(false))
            {
                lock (core.Gate)
                {
                    Handle(session, message);
                }
            }
        }
        finally
        {
            lock (core.Gate)
            {
                if (core.Sessions.TryGetValue(session.ClientId, out var current) && current == session)
                {
                    core.Sessions.Remove(session.ClientId);
                }
            }

            if (session.DropTimer is { } timer)
            {
                await timer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private void Handle(ClientSession session, Protocol.Messages.Message message)
    {
        var limit = core.Options.MaxMessagesPerSecond;
        if (!session.TryAdmit(core.Clock.Time, limit, out var received))
        {
            session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.MaxRateExceeded, $"Max rate of messages per second has been exceeded:max={limit} rec={received} (1)"));
            return;
        }

        try
        {
            _router.Handle(session, message);
        }
#pragma warning disable CA1031 // A request the simulator mishandles must not take the connection or the simulator down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ProcessingError, $"Error processing request.-'{message.GetType().Name}' : cause - {ex.Message}"));
        }
    }
}
