namespace Ibkr.Protocol.Transport;

/// <summary>The server versions this codec speaks. It decodes the text layouts of server version 200 only.</summary>
public static class ProtocolVersions
{
    /// <summary>
    /// The lowest server version accepted at handshake. Older servers use layouts this codec does not read;
    /// refusing them is final (ibkr-go <c>ErrUnsupportedServerVersion</c>).
    /// </summary>
    public const int Minimum = 200;

    /// <summary>
    /// The highest server version a client may ask for. 201 (PROTOBUF) changes the framing: the message id
    /// becomes a binary integer and bodies become protobuf.
    /// </summary>
    public const int Maximum = 200;
}
