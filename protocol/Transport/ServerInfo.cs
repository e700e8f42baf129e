using System.Buffers;
using System.Text;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The server's handshake reply: one frame of two NUL-terminated fields with no message id, the negotiated
/// server version then the connection time (e.g. <c>20260405 23:49:26 Central European Standard Time</c>).
/// </summary>
public sealed record ServerInfo(int ServerVersion, string ConnectionTime)
{
    /// <summary>
    /// Parses the server-info payload. Requires a well-formed field list, at least two fields and an integer
    /// version; extra fields are ignored. Throws <see cref="ProtocolException"/> otherwise.
    /// </summary>
    public static ServerInfo Parse(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty || payload[^1] != 0)
        {
            throw new ProtocolException($"server info {VersionRange.Printable(payload)} does not end with a NUL terminator");
        }

        var first = payload.IndexOf((byte)0);
        var rest = payload[(first + 1)..];
        if (rest.IsEmpty)
        {
            throw new ProtocolException($"server info {VersionRange.Printable(payload)} has one field, expected the server version and the connection time");
        }

        var version = payload[..first];
        if (!WireText.TryParseInt(version, out var serverVersion) || serverVersion <= 0)
        {
            throw new ProtocolException($"server info version {VersionRange.Printable(version)} is not a positive integer");
        }

        var time = rest[..rest.IndexOf((byte)0)];
        return new ServerInfo(serverVersion, Encoding.UTF8.GetString(time));
    }

    /// <summary>The server-info payload (without the length prefix).</summary>
    public byte[] ToPayload() => Encoding.UTF8.GetBytes($"{ServerVersion}\0{ConnectionTime}\0");

    /// <summary>Writes the server-info frame.</summary>
    public void WriteFrame(IBufferWriter<byte> destination) => FrameWriter.WriteFrame(destination, ToPayload());
}
