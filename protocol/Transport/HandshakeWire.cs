namespace Ibkr.Protocol.Transport;

/// <summary>Fixed bytes of the handshake.</summary>
public static class HandshakeWire
{
    /// <summary>The unframed 4-byte prefix a client sends first: <c>API\0</c> (41 50 49 00).</summary>
    public static ReadOnlySpan<byte> ApiPrefix => "API\0"u8;
}
