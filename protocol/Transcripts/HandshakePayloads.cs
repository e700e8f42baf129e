using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// The two handshake payloads that are not messages: the client's version range (<c>v100..200</c>,
/// no NUL) and the server info (version and connection time, no message id).
/// </summary>
public static class HandshakePayloads
{
    /// <summary>Recognises a client version-range payload.</summary>
    public static bool TryReadVersionRange(ReadOnlySpan<byte> payload, out int min, out int max)
    {
        min = max = 0;
        if (payload.Length < 4 || payload[0] != (byte)'v')
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(payload[1..]);
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        return dots > 0
            && int.TryParse(text.AsSpan(0, dots), NumberStyles.None, CultureInfo.InvariantCulture, out min)
            && int.TryParse(text.AsSpan(dots + 2), NumberStyles.None, CultureInfo.InvariantCulture, out max);
    }

    /// <summary>
    /// Recognises a server-info payload: two fields, a server version (no message id reaches 110 at
    /// version 200) and the connection time.
    /// </summary>
    public static bool TryReadServerInfo(ReadOnlySpan<byte> payload, out int serverVersion, out string connectionTime)
    {
        serverVersion = 0;
        connectionTime = string.Empty;
        if (payload.IsEmpty || payload[^1] != 0)
        {
            return false;
        }

        var first = payload.IndexOf((byte)0);
        if (first >= payload.Length - 1)
        {
            return false;
        }

        var rest = payload[(first + 1)..^1];
        if (rest.Contains((byte)0) || !WireText.TryParseInt(payload[..first], out serverVersion)
            || serverVersion < 110 || MessageCatalog.Find(Direction.Server, serverVersion) is not null)
        {
            return false;
        }

        connectionTime = Encoding.UTF8.GetString(rest);
        return true;
    }

    /// <summary>The transcript line of a server info: <c>handshake {"server_version":200,...}</c>.</summary>
    public static string ServerInfoLine(int serverVersion, string connectionTime) =>
        "handshake " + MessageJson.Serialize(new JsonObject { ["server_version"] = serverVersion, ["connection_time"] = connectionTime });

    /// <summary>The line of a version range: <c>client version_range {"min_version":100,"max_version":200}</c>.</summary>
    public static string VersionRangeLine(int min, int max) =>
        "client version_range " + MessageJson.Serialize(new JsonObject { ["min_version"] = min, ["max_version"] = max });
}
