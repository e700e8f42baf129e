using System.Globalization;

namespace Ibkr.Cli.Capture;

/// <summary>
/// RFC 3339 UTC timestamps as ibkr-go writes them (up to nine fraction digits). .NET keeps seven, so extra
/// digits are dropped when reading; writing always uses seven.
/// </summary>
internal static class CaptureTime
{
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateTimeOffset at)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                text = string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at)
            && text.Contains('T', StringComparison.Ordinal);
    }
}
