using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// Recognises the two handshake payloads that are not messages when they appear in a stream of
/// payloads: the client's version range (<c>v100..200</c>, no NUL) and the server info (version and
/// connection time, no message id). Parsing itself is the transport's.
/// </summary>
public static class HandshakePayloads
{
    /// <summary>A client payload starting with 'v' is a version range: no message id starts with a letter.</summary>
    public static bool TryReadVersionRange(ReadOnlySpan<byte> payload, out VersionRange range)
    {
        range = default;
        if (payload.IsEmpty || payload[0] != (byte)'v')
        {
            return false;
        }

        try
        {
            range = VersionRange.Parse(payload, out _);
            return true;
        }
        catch (ProtocolException)
        {
            return false;
        }
    }

    /// <summary>
    /// A server payload of exactly two fields whose first is not a known message id but a server version
    /// (no server message id reaches 110 at version 200) is a server info.
    /// </summary>
    public static bool TryReadServerInfo(ReadOnlySpan<byte> payload, out ServerInfo info)
    {
        info = new ServerInfo(0, string.Empty);
        if (payload.IsEmpty || payload[^1] != 0 || payload.Count((byte)0) != 2)
        {
            return false;
        }

        if (!WireText.TryParseInt(payload[..payload.IndexOf((byte)0)], out var version)
            || version < 110 || MessageCatalog.Find(Direction.Server, version) is not null)
        {
            return false;
        }

        info = ServerInfo.Parse(payload);
        return true;
    }

    /// <summary>The transcript line of a server info: <c>handshake {"server_version":200,...}</c>.</summary>
    public static string ServerInfoLine(ServerInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return "handshake " + MessageJson.Serialize(new JsonObject { ["server_version"] = info.ServerVersion, ["connection_time"] = info.ConnectionTime });
    }

    /// <summary>The line of a version range: <c>client version_range {"min_version":100,"max_version":200}</c>.</summary>
    public static string VersionRangeLine(VersionRange range) =>
        "client version_range " + MessageJson.Serialize(new JsonObject { ["min_version"] = range.Min, ["max_version"] = range.Max });
}
