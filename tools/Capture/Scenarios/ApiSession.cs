using System.Text.Json.Nodes;
using Ibkr.Cli.Hosting;
using Ibkr.Client;
using Ibkr.Contracts.Sessions;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// One facade (<c>api_</c>) scenario's client: an <see cref="EmbeddedSilo"/> whose gateway session points at the
/// scenario's address (normally the recorder), the public <see cref="IbkrClient"/> over it, and bounded steps
/// that turn timeouts and facade errors into <see cref="ScenarioFailedException"/>. Disposing stops the silo,
/// which closes its gateway connection.
/// </summary>
internal sealed class ApiSession : IAsyncDisposable
{
    /// <summary>The gateway session's name inside the embedded silo.</summary>
    public const string SessionName = "capture";

    private readonly EmbeddedSilo _silo;
    private readonly ScenarioContext _context;
    private int _orderRefs;

    private ApiSession(EmbeddedSilo silo, ScenarioContext context)
    {
        _silo = silo;
        _context = context;
    }

    public IbkrClient Client => _silo.Client;

    public SessionInfo Info { get; private set; } = new();

    public DriverJournal Journal => _context.Journal;

    /// <summary>Starts the silo (trading on only when <paramref name="trading"/>) and connects its session: the bootstrap.</summary>
    public static async Task<ApiSession> ConnectAsync(ScenarioContext context, bool trading)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Journal.Log($"starting an embedded silo: session '{SessionName}' client {context.ClientId} -> {context.Host}:{context.Port}, trading {(trading ? "on" : "off")}");
        EmbeddedSilo silo;
        try
        {
            silo = await EmbeddedSilo.StartAsync(new EmbeddedSiloOptions(SessionName, context.ClientId, context.Host, context.Port, trading) { Purpose = "capture" }, context.Cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ScenarioFailedException($"embedded silo: {e.Message}", e);
        }

        var session = new ApiSession(silo, context);
        try
        {
            session.Info = await session.StepAsync("session Ready", ct => silo.Client.ConnectAsync(ct)).ConfigureAwait(false);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var info = session.Info;
        context.Journal.Log($"session Ready on connection {info.ConnectionSeq}: server_version={info.ServerVersion} accounts={string.Join(',', info.ManagedAccounts)} next_valid_id={info.NextValidId}");
        context.ReportSessionReady(info.ManagedAccounts, info.ServerVersion, info.NextValidId, new JsonObject { ["connection_seq"] = info.ConnectionSeq });
        return session;
    }

    /// <summary>An order ref that names this run, so its orders can be told from anyone else's.</summary>
    public string NextOrderRef() => _context.OrderRef(Interlocked.Increment(ref _orderRefs));

    /// <summary>
    /// Runs one facade step bounded by the reply timeout; a timeout or a facade error fails the scenario with
    /// <paramref name="what"/> in the message (the session's state is added when it is not Ready).
    /// </summary>
    public async Task<T> StepAsync<T>(string what, Func<CancellationToken, Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_context.Cancellation);
        limit.CancelAfter(_context.ReplyTimeout);
        try
        {
            return await step(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_context.Cancellation.IsCancellationRequested)
        {
            var state = await Client.GetSessionAsync().ConfigureAwait(false);
            var why = state.Status == SessionStatus.Ready ? string.Empty : $" ({state.Describe()})";
            throw new ScenarioFailedException($"no {what} within {GoDuration.Format(_context.ReplyTimeout)}{why}");
        }
        catch (IbkrException e)
        {
            throw new ScenarioFailedException($"{what}: {e.Message}", e);
        }
    }

    public async Task StepAsync(string what, Func<CancellationToken, Task> step) =>
        await StepAsync<bool>(what, async ct =>
        {
            await step(ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync().ConfigureAwait(false);
        _context.Journal.Log("silo stopped: disconnected");
    }
}
