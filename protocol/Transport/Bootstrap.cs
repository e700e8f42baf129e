using System.IO.Pipelines;
using System.Text;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// Readiness after START_API (ibkr-go rule): one MANAGED_ACCTS and one NEXT_VALID_ID, in any order. Every
/// message received meanwhile, those two included, is kept in wire order so the leg can hand it on after
/// readiness. Nothing else blocks readiness: API errors (farm status 2104/2106/2158, any other code) are kept.
/// </summary>
internal sealed class BootstrapCollector
{
    private readonly List<Message> _received = [];
    private List<string>? _accounts;
    private long? _nextValidId;

    /// <summary>Everything received so far, in wire order.</summary>
    public IReadOnlyList<Message> Received => _received;

    public bool IsReady => _accounts is not null && _nextValidId is not null;

    /// <summary>Keeps the message and returns whether the session is now ready.</summary>
    public bool Observe(Message message)
    {
        _received.Add(message);
        switch (message)
        {
            case ManagedAccounts accounts when _accounts is null:
                _accounts = [.. accounts.Accounts];
                break;
            case NextValidId next when _nextValidId is null:
                _nextValidId = next.OrderId;
                break;
        }

        return IsReady;
    }

    public BootstrapResult Result(ServerInfo info) =>
        IsReady ? new BootstrapResult(info, _accounts!, _nextValidId!.Value) : throw new InvalidOperationException("the session is not ready");

    /// <summary>What is missing and which errors came, for a failure message.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(_accounts is null ? "no MANAGED_ACCTS" : "MANAGED_ACCTS received");
        text.Append(_nextValidId is null ? ", no NEXT_VALID_ID" : ", NEXT_VALID_ID received");
        foreach (var error in _received.OfType<ApiError>().Where(e => e.Code is < 2000 or > 2999))
        {
            text.Append($"; error {error.Code} \"{error.Message}\"");
        }

        return text.ToString();
    }
}

/// <summary>Reads frames after START_API until the session is ready.</summary>
internal static class Bootstrap
{
    /// <summary>
    /// Waits up to <see cref="GatewayLegOptions.BootstrapTimeout"/> for readiness. Returns the result and every
    /// message received, in wire order. Failures throw <see cref="GatewayConnectException"/>.
    /// </summary>
    public static async Task<(BootstrapResult Result, IReadOnlyList<Message> Received)> RunAsync(
        PipeReader input,
        MessageDecoder decoder,
        ServerInfo info,
        GatewayLegOptions options,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var collector = new BootstrapCollector();
        using var timeout = new CancellationTokenSource(options.BootstrapTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            while (true)
            {
                var payload = await PipeFrames.ReadPayloadAsync(input, options.MaxFrameLength, linked.Token).ConfigureAwait(false)
                    ?? throw new GatewayConnectException(GatewayConnectFailure.BootstrapFailed, $"the connection closed before the session was ready ({collector.Describe()})");
                if (collector.Observe(decoder.Decode(payload)))
                {
                    return (collector.Result(info), collector.Received);
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GatewayConnectException(
                GatewayConnectFailure.BootstrapTimeout,
                $"not ready within {GoDuration.Format(options.BootstrapTimeout)} of START_API ({collector.Describe()})");
        }
        catch (ProtocolException ex)
        {
            throw new GatewayConnectException(GatewayConnectFailure.BootstrapFailed, $"{ex.Message} ({collector.Describe()})", ex);
        }
        catch (IOException ex)
        {
            throw new GatewayConnectException(GatewayConnectFailure.BootstrapFailed, $"the connection failed during the bootstrap: {ex.Message} ({collector.Describe()})", ex);
        }
    }
}
