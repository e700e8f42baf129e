using System.Text;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>The two byte streams of a small session: what a client and a Gateway send, prefix and handshake included.</summary>
internal static class SessionBytes
{
    public static readonly byte[][] ClientFrames = [Ascii("v100..200"), Ascii("71\u00002\u00001\u0000\u0000"), Ascii("49\u00001\u0000"), Ascii("9\u00008\u00001001\u00000\u0000AAPL\u0000STK\u0000\u0000\u0000\u0000\u0000SMART\u0000\u0000USD\u0000\u0000\u0000\u00000\u0000\u0000\u0000\u0000")];

    public static readonly byte[][] ServerFrames = [Ascii("200\u000020260406 09:25:01 US/Eastern\u0000"), Ascii("15\u00001\u0000DU0000001\u0000"), Ascii("9\u00001\u00001\u0000"), Ascii("49\u00001\u00001775481905\u0000")];

    public static byte[] Client => [.. "API\0"u8, .. ClientFrames.SelectMany(f => FrameWriter.Frame(f))];

    public static byte[] Server => [.. ServerFrames.SelectMany(f => FrameWriter.Frame(f))];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
