using System.IO.Pipelines;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>What a client asked for during the handshake, as the server side saw it.</summary>
/// <param name="Versions">The version range the client offered.</param>
/// <param name="ConnectOptions">Text after the range (official client connect options); usually empty.</param>
/// <param name="ServerInfo">The server info written back.</param>
/// <param name="ClientId">START_API's client id.</param>
/// <param name="OptionalCapabilities">START_API's optional capabilities.</param>
public sealed record HandshakeRequest(VersionRange Versions, string ConnectOptions, ServerInfo ServerInfo, int ClientId, string OptionalCapabilities);

/// <summary>
/// The server side of the handshake, for the replay host and the gateway simulator: accept <c>API\0</c>, read
/// the version range, write the server info, read START_API. Bad bytes throw <see cref="ProtocolException"/>;
/// a handshake that takes longer than the timeout throws <see cref="TimeoutException"/>. Bytes the client sends
/// after START_API stay in <c>input</c>.
/// </summary>
public static class HandshakeServer
{
    /// <summary>
    /// Runs the whole server side. <paramref name="chooseServerInfo"/> picks the reply from the offered range
    /// (a real Gateway answers with at most the client's maximum).
    /// </summary>
    public static async Task<HandshakeRequest> AcceptAsync(
        PipeReader input,
        PipeWriter output,
        Func<VersionRange, ServerInfo> chooseServerInfo,
        TimeSpan timeout,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(chooseServerInfo);

        using var timer = new CancellationTokenSource(timeout, timeProvider ?? TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await ReadPrefixAsync(input, linked.Token).ConfigureAwait(false);
            var (versions, connectOptions) = await ReadVersionRangeAsync(input, linked.Token).ConfigureAwait(false);
            var info = chooseServerInfo(versions);
            await WriteServerInfoAsync(output, info, linked.Token).ConfigureAwait(false);
            var start = await ReadStartApiAsync(input, linked.Token).ConfigureAwait(false);
            return new HandshakeRequest(versions, connectOptions, info, start.ClientId, start.OptionalCapabilities);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the client did not complete the handshake within {GoDuration.Format(timeout)}");
        }
    }

    /// <summary>Reads the unframed 4-byte prefix; anything but <c>API\0</c> throws, naming the bytes received.</summary>
    public static async ValueTask ReadPrefixAsync(PipeReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var prefix = await PipeFrames.ReadExactAsync(input, HandshakeWire.ApiPrefix.Length, cancellationToken).ConfigureAwait(false);
        if (!HandshakeWire.ApiPrefix.SequenceEqual(prefix))
        {
            throw new ProtocolException($"expected the API prefix 41 50 49 00 (\"API\\0\"), got {Convert.ToHexString(prefix)} ({VersionRange.Printable(prefix)})");
        }
    }

    /// <summary>Reads the version-range frame (<c>v{min}..{max}</c>, no terminator).</summary>
    public static async ValueTask<(VersionRange Versions, string ConnectOptions)> ReadVersionRangeAsync(PipeReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payload = await PipeFrames.ReadPayloadAsync(input, FrameReader.DefaultMaxFrameLength, cancellationToken).ConfigureAwait(false)
            ?? throw new ProtocolException("connection closed before the version range");
        var versions = VersionRange.Parse(payload, out var connectOptions);
        return (versions, connectOptions);
    }

    /// <summary>Writes and flushes the server-info frame.</summary>
    public static async ValueTask WriteServerInfoAsync(PipeWriter output, ServerInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        info.WriteFrame(output);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the START_API frame; any other message throws.</summary>
    public static async ValueTask<StartApi> ReadStartApiAsync(PipeReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payload = await PipeFrames.ReadPayloadAsync(input, FrameReader.DefaultMaxFrameLength, cancellationToken).ConfigureAwait(false)
            ?? throw new ProtocolException("connection closed before START_API");
        var message = new MessageDecoder(Direction.Client).Decode(payload);
        return message as StartApi
            ?? throw new ProtocolException($"expected START_API ({OutMsg.StartApi}) after the server info, got {Describe(message)}");
    }

    private static string Describe(Message message) =>
        message is UnknownMessage unknown ? $"unknown message {unknown.Id}" : message.Descriptor.ToString();
}
