using System.Buffers;
using System.IO.Pipelines;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The client side of the handshake (framing.md section 4): the unframed <c>API\0</c> prefix, the version
/// range frame, the server-info frame back, then START_API.
/// </summary>
public static class HandshakeClient
{
    /// <summary>
    /// Runs the handshake over a connected pipe pair and returns the server info. The server info must arrive
    /// within <see cref="GatewayLegOptions.HandshakeTimeout"/>. Failures throw <see cref="GatewayConnectException"/>;
    /// a server version below 200 (or outside the range asked for) is <see cref="GatewayConnectFailure.UnsupportedServerVersion"/>,
    /// which is final. START_API is not sent to a server that was refused.
    /// </summary>
    public static async Task<ServerInfo> RunAsync(PipeReader input, PipeWriter output, GatewayLegOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);

        using var timeout = new CancellationTokenSource(options.HandshakeTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            output.Write(HandshakeWire.ApiPrefix);
            FrameWriter.WriteFrame(output, options.Versions.ToPayload());
            await FlushAsync(output, linked.Token).ConfigureAwait(false);

            var payload = await PipeFrames.ReadPayloadAsync(input, options.MaxFrameLength, linked.Token).ConfigureAwait(false)
                ?? throw new GatewayConnectException(GatewayConnectFailure.HandshakeFailed, "the connection closed before the server info arrived");
            var info = ParseServerInfo(payload);
            CheckVersion(info, options.Versions);

            var start = new StartApi { ClientId = options.ClientId, OptionalCapabilities = options.OptionalCapabilities };
            new MessageEncoder().WriteFrame(start, output);
            await FlushAsync(output, linked.Token).ConfigureAwait(false);
            return info;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GatewayConnectException(GatewayConnectFailure.HandshakeTimeout, $"no server info within {GoDuration.Format(options.HandshakeTimeout)} of the API prefix");
        }
        catch (ProtocolException ex)
        {
            throw new GatewayConnectException(GatewayConnectFailure.HandshakeFailed, ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new GatewayConnectException(GatewayConnectFailure.HandshakeFailed, $"the connection failed during the handshake: {ex.Message}", ex);
        }
    }

    private static ServerInfo ParseServerInfo(byte[] payload)
    {
        try
        {
            return ServerInfo.Parse(payload);
        }
        catch (ProtocolException ex)
        {
            throw new GatewayConnectException(GatewayConnectFailure.HandshakeFailed, $"malformed server info: {ex.Reason}", ex);
        }
    }

    private static void CheckVersion(ServerInfo info, VersionRange asked)
    {
        if (info.ServerVersion < ProtocolVersions.Minimum)
        {
            throw new GatewayConnectException(
                GatewayConnectFailure.UnsupportedServerVersion,
                $"server version {info.ServerVersion} is below the minimum {ProtocolVersions.Minimum}; upgrade TWS / IB Gateway");
        }

        if (!asked.Contains(info.ServerVersion))
        {
            throw new GatewayConnectException(
                GatewayConnectFailure.UnsupportedServerVersion,
                $"server version {info.ServerVersion} is outside the range asked for ({asked})");
        }
    }

    private static async ValueTask FlushAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        var result = await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted)
        {
            throw new GatewayConnectException(GatewayConnectFailure.HandshakeFailed, "the connection closed during the handshake");
        }
    }
}
