using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>Where and how a <see cref="GatewayLeg"/> connects.</summary>
public sealed class GatewayLegOptions
{
    /// <summary>Gateway host name or address.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Gateway API port (IB Gateway paper default 4002).</summary>
    public int Port { get; set; } = 4002;

    /// <summary>The API client id sent in START_API. One connection per client id at the Gateway.</summary>
    public int ClientId { get; set; }

    /// <summary>The version range offered at handshake; <c>v200..200</c> by default.</summary>
    public VersionRange Versions { get; set; } = VersionRange.Default;

    /// <summary>START_API's optional capabilities; empty by default, as ibkr-go and the official client send.</summary>
    public string OptionalCapabilities { get; set; } = string.Empty;

    /// <summary>Outbound message-rate limit, applied by the writer loop.</summary>
    public PacingOptions Pacing { get; set; } = new();

    /// <summary>Largest inbound or outbound frame payload accepted, in bytes.</summary>
    public int MaxFrameLength { get; set; } = FrameReader.DefaultMaxFrameLength;

    /// <summary>Time allowed for the TCP connect.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed from the <c>API\0</c> prefix to the server info (ibkr-go: 10 s).</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed after START_API for MANAGED_ACCTS and NEXT_VALID_ID.</summary>
    public TimeSpan BootstrapTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time one flush to the socket may take before the leg ends with <see cref="LegEndReason.Timeout"/>.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Inbound messages buffered for the consumer. When full the reader loop waits (TCP back-pressure on the
    /// Gateway); nothing is dropped.
    /// </summary>
    public int InboundCapacity { get; set; } = 16_384;

    /// <summary>Outbound messages queued for the writer. When full, <see cref="GatewayLeg.SendAsync"/> waits.</summary>
    public int OutboundCapacity { get; set; } = 4_096;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Host);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentNullException.ThrowIfNull(OptionalCapabilities);
        ArgumentNullException.ThrowIfNull(Pacing);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Pacing.MessagesPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFrameLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(InboundCapacity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(OutboundCapacity);
        if (Versions.Min > Versions.Max || Versions.Min <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Versions), Versions, "the version range must have 0 < min <= max");
        }

        if (Versions.Max is < ProtocolVersions.Minimum or > ProtocolVersions.Maximum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Versions),
                Versions,
                $"the maximum version must be {ProtocolVersions.Minimum}..{ProtocolVersions.Maximum}: this codec speaks the text protocol of server version 200");
        }
    }
}
