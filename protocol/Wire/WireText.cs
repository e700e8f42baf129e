using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Parsing and formatting of single field values. Parsers return false for text that is not
/// a value of the type; callers turn that into a <see cref="ProtocolException"/> with the location.
/// </summary>
public static class WireText
{
    /// <summary>Parses an optional sign and decimal digits. Empty is not handled here.</summary>
    public static bool TryParseLong(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var negative = false;
        var i = 0;
        if (!text.IsEmpty && text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        var digits = text.Length - i;
        if (digits is <= 0 or > 19)
        {
            return false;
        }

        // Up to 18 digits cannot overflow a long: no per-digit overflow check (a division) on the hot path.
        ulong acc = 0;
        for (; i < text.Length; i++)
        {
            var d = (uint)(text[i] - '0');
            if (d > 9)
            {
                return false;
            }

            if (digits == 19 && acc > (ulong.MaxValue - d) / 10)
            {
                return false;
            }

            acc = (acc * 10) + d;
        }

        if (negative)
        {
            if (acc > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            value = (long)(0 - acc);
            return true;
        }

        if (acc > long.MaxValue)
        {
            return false;
        }

        value = (long)acc;
        return true;
    }

    /// <summary>Parses a 32-bit integer.</summary>
    public static bool TryParseInt(ReadOnlySpan<byte> text, out int value)
    {
        if (TryParseLong(text, out var wide) && wide is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)wide;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Parses a decimal in plain (<c>-12.340</c>) or Java exponent (<c>1.0E-4</c>) notation, keeping the scale
    /// of plain numbers so that <c>189.10</c> formats back as <c>189.10</c>.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        if (TryParsePlainDecimal(text, out value))
        {
            return true;
        }

        if ((Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length)
            || (Utf8Parser.TryParse(text, out value, out consumed, 'E') && consumed == text.Length))
        {
            return true;
        }

        // Values that decimal cannot hold exactly (e.g. 1.0E-30) are read through double.
        if (Utf8Parser.TryParse(text, out double d, out consumed, 'E') && consumed == text.Length
            && double.IsFinite(d) && Math.Abs(d) < 7.9e28)
        {
            value = (decimal)d;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Fast path: sign, up to 18 digits, at most one dot.</summary>
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 20)
        {
            return false;
        }

        var i = 0;
        var negative = false;
        if (text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.')
            {
                if (scale >= 0)
                {
                    return false;
                }

                scale = 0;
                continue;
            }

            var d = (uint)(c - '0');
            if (d > 9 || ++digits > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + d;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Parses <c>1</c>/<c>0</c> (and <c>true</c>/<c>false</c>, which some fields carry).</summary>
    public static bool TryParseBool(ReadOnlySpan<byte> text, out bool value)
    {
        if (text.Length == 1 && text[0] is (byte)'0' or (byte)'1')
        {
            value = text[0] == (byte)'1';
            return true;
        }

        if (Ascii.EqualsIgnoreCase(text, "true"u8))
        {
            value = true;
            return true;
        }

        if (Ascii.EqualsIgnoreCase(text, "false"u8))
        {
            value = false;
            return true;
        }

        // Some boolean fields arrive as integers other than 0/1; non-zero means true, as in the official client.
        if (TryParseLong(text, out var number))
        {
            value = number != 0;
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>Invariant text of a decimal, with the scale it carries.</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Replaces the Gateway's <c>\uXXXX</c> escapes (used for non-ASCII text since server version 153).
    /// </summary>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("\\u", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (at >= 0)
        {
            sb.Append(text, i, at - i);
            if (at + 6 <= text.Length
                && ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i = at + 6;
            }
            else
            {
                sb.Append("\\u");
                i = at + 2;
            }

            at = text.IndexOf("\\u", i, StringComparison.Ordinal);
        }

        sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }

    /// <summary>Writes non-ASCII characters as <c>\uXXXX</c>, the way the Gateway sends them.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAnyExceptInRange((char)0, (char)127);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
