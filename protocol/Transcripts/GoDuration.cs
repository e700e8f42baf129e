using System.Globalization;
using System.Text;

namespace Ibkr.Protocol.Transcripts;

/// <summary>Go's <c>time.ParseDuration</c> syntax and <c>Duration.String</c> rendering, in nanoseconds.</summary>
public static class GoDuration
{
    private const long Second = 1_000_000_000;

    /// <summary>Parses <c>100ms</c>, <c>1.5s</c>, <c>1m30s</c>, <c>0</c>...; null with a reason when the text is not a duration.</summary>
    public static long? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var s = text;
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s == "0")
        {
            return 0;
        }

        if (s.Length == 0)
        {
            error = $"bad duration \"{text}\"";
            return null;
        }

        decimal total = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            var number = s[start..i];
            if (number.Length == 0 || number == "." || number.Count(c => c == '.') > 1)
            {
                error = $"bad duration \"{text}\"";
                return null;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            var unit = s[unitStart..i] switch
            {
                "ns" => 1L,
                "us" or "µs" or "μs" => 1_000L,
                "ms" => 1_000_000L,
                "s" => Second,
                "m" => 60 * Second,
                "h" => 3600 * Second,
                "" => 0L,
                _ => -1L,
            };
            if (unit == 0)
            {
                error = $"missing unit in duration \"{text}\"";
                return null;
            }

            if (unit < 0)
            {
                error = $"unknown unit \"{s[unitStart..i]}\" in duration \"{text}\"";
                return null;
            }

            try
            {
                total += decimal.Parse(number.StartsWith('.') ? "0" + number : number.TrimEnd('.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * unit;
            }
            catch (OverflowException)
            {
                total = decimal.MaxValue;
            }

            if (total > long.MaxValue)
            {
                error = $"duration \"{text}\" is out of range";
                return null;
            }
        }

        var ns = (long)decimal.Truncate(total);
        return negative ? -ns : ns;
    }

    /// <summary>Go's <c>Duration.String</c>: <c>0s</c>, <c>1.5µs</c>, <c>100ms</c>, <c>1.5s</c>, <c>1m30s</c>, <c>2h0m0s</c>.</summary>
    /// <summary>A time span as Go renders a duration (<c>300ms</c>, <c>15s</c>, <c>1m30s</c>): how messages word timeouts.</summary>
    public static string Format(TimeSpan duration) => Format(duration.Ticks * 100);

    public static string Format(long nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return "0s";
        }

        var sign = nanoseconds < 0 ? "-" : string.Empty;
        var u = nanoseconds == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(nanoseconds);
        if (u < Second)
        {
            return u switch
            {
                < 1_000 => $"{sign}{u}ns",
                < 1_000_000 => $"{sign}{Fraction(u, 3)}µs",
                _ => $"{sign}{Fraction(u, 6)}ms",
            };
        }

        var text = new StringBuilder(sign);
        var seconds = Fraction(u % (60 * Second), 9);
        var minutes = u / (60 * Second);
        if (minutes > 0)
        {
            var hours = minutes / 60;
            if (hours > 0)
            {
                text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
            }

            text.Append((minutes % 60).ToString(CultureInfo.InvariantCulture)).Append('m');
        }

        return text.Append(seconds).Append('s').ToString();
    }

    private static string Fraction(ulong value, int digits)
    {
        var scale = (ulong)Math.Pow(10, digits);
        var whole = (value / scale).ToString(CultureInfo.InvariantCulture);
        var fraction = (value % scale).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        return fraction.Length == 0 ? whole : $"{whole}.{fraction}";
    }
}
