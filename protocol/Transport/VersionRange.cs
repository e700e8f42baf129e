using System.Text;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The version range a client offers in the second handshake step: the payload <c>v{min}..{max}</c>, framed,
/// with no NUL terminator. The official client sends <c>v{min}</c> alone when min = max and may append
/// <c>" " + connectOptions</c>.
/// </summary>
public readonly record struct VersionRange(int Min, int Max)
{
    /// <summary>What ibkr-go and this client ask for: exactly 200.</summary>
    public static VersionRange Default => new(ProtocolVersions.Minimum, ProtocolVersions.Maximum);

    /// <summary>Whether <paramref name="serverVersion"/> lies inside the range.</summary>
    public bool Contains(int serverVersion) => serverVersion >= Min && serverVersion <= Max;

    /// <summary>The wire text, always in the two-number form: <c>v200..200</c>.</summary>
    public override string ToString() => $"v{Min}..{Max}";

    /// <summary>The payload bytes of the version frame (ASCII, no terminator).</summary>
    public byte[] ToPayload() => Encoding.ASCII.GetBytes(ToString());

    /// <summary>
    /// Parses a version frame payload: <c>v{min}..{max}</c> or <c>v{version}</c>, optionally followed by a space
    /// and connect options. Throws <see cref="ProtocolException"/> on anything else.
    /// </summary>
    public static VersionRange Parse(ReadOnlySpan<byte> payload, out string connectOptions)
    {
        connectOptions = string.Empty;
        var text = payload;
        var space = text.IndexOf((byte)' ');
        if (space >= 0)
        {
            connectOptions = Encoding.ASCII.GetString(text[(space + 1)..]);
            text = text[..space];
        }

        if (text.Length < 2 || text[0] != (byte)'v')
        {
            throw Malformed(payload);
        }

        text = text[1..];
        int min;
        int max;
        var dots = text.IndexOf(".."u8);
        if (dots < 0)
        {
            if (!TryParseVersion(text, out min))
            {
                throw Malformed(payload);
            }

            max = min;
        }
        else if (!TryParseVersion(text[..dots], out min) || !TryParseVersion(text[(dots + 2)..], out max))
        {
            throw Malformed(payload);
        }

        if (min > max)
        {
            throw new ProtocolException($"version range {Printable(payload)} has min above max");
        }

        return new VersionRange(min, max);
    }

    private static bool TryParseVersion(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static ProtocolException Malformed(ReadOnlySpan<byte> payload) =>
        new($"malformed version range {Printable(payload)}: expected \"v<min>..<max>\"");

    /// <summary>The bytes as text for an error message, control bytes shown as hex escapes.</summary>
    internal static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder("\"");
        foreach (var b in bytes[..Math.Min(bytes.Length, 64)])
        {
            _ = b is >= 0x20 and < 0x7F ? text.Append((char)b) : text.Append($"\\x{b:X2}");
        }

        return text.Append(bytes.Length > 64 ? "\"…" : "\"").ToString();
    }
}
