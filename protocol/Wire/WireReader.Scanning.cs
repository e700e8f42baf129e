using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Finding and converting fields in place: the empty-field check, group counts, the fast number scan, the step to
/// the next field, and the located errors every reader raises.
/// </summary>
internal sealed partial class WireReader
{
    /// <summary>
    /// Consumes the next field when it is empty. Most optional fields of order and contract messages are empty, so
    /// each reader settles them with this one check, small enough to inline where the layout calls it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TakeEmpty()
    {
        var position = _position;
        if (position < _end && Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), position) == 0)
        {
            _position = position + 1;
            return true;
        }

        return false;
    }

    private int Count(string key, CountRule rule)
    {
        // Most repeated groups are empty (an order's legs, conditions, algo params): no need to count what is left.
        var position = _position;
        if (position + 1 < _end && _buffer[position] == (byte)'0' && _buffer[position + 1] == 0)
        {
            Commit(position + 1);
            return 0;
        }

        return CountSlow(key, rule);
    }

    private int CountSlow(string key, CountRule rule)
    {
        var text = Next(key + " count");
        int count;
        if (text.IsEmpty)
        {
            if (rule == CountRule.Required)
            {
                throw Error($"{key} count is empty");
            }

            return 0;
        }

        if (!WireText.TryParseInt(text, out count))
        {
            throw Bad(key + " count", "integer", text);
        }

        if (count < 0)
        {
            throw Error($"{key} count is negative ({count})");
        }

        // Each entry takes at least one field: a count larger than what is left is a lie; refuse it before allocating.
        var remaining = RemainingFields;
        if (count > remaining)
        {
            throw Error($"{key} count {count} exceeds the {remaining} fields left in the frame");
        }

        return count;
    }

    /// <summary>
    /// The fast path for numbers: one pass over an optional '-', up to 18 digits and at most one '.', which must
    /// end exactly at the field's NUL. Returns the NUL's index (nothing consumed yet), or -1 when the field has any
    /// other shape (sign '+', exponent, sentinel-length digits, junk, end of frame): the caller then takes the
    /// general path, which also produces the errors. An empty field gives digits = 0 and scale = -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ScanNumber(out ulong mantissa, out int digits, out int scale, out bool negative)
    {
        var i = _position;
        mantissa = 0;
        digits = 0;
        scale = -1;
        negative = false;
        if (i >= _end)
        {
            return -1;
        }

        // Begin() checked that the payload lies in the buffer and ends with a NUL, and i is inside it, so every
        // loop below stops at that NUL at the latest: the reads need no bounds checks.
        ref var buffer = ref MemoryMarshal.GetArrayDataReference(_buffer);
        if (Unsafe.Add(ref buffer, i) == (byte)'-')
        {
            negative = true;
            i++;
        }

        var first = i;
        ulong value = 0;
        uint d;
        while ((d = (uint)(Unsafe.Add(ref buffer, i) - '0')) <= 9)
        {
            value = (value * 10) + d;
            i++;
        }

        var count = i - first;
        if (Unsafe.Add(ref buffer, i) == (byte)'.')
        {
            var fraction = ++i;
            while ((d = (uint)(Unsafe.Add(ref buffer, i) - '0')) <= 9)
            {
                value = (value * 10) + d;
                i++;
            }

            scale = i - fraction;
            count += scale;
        }

        // More than 18 digits may have wrapped: the general path handles them (and the sentinels).
        if (Unsafe.Add(ref buffer, i) != 0 || count > 18 || (count == 0 && (negative || scale >= 0)))
        {
            return -1;
        }

        mantissa = value;
        digits = count;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Commit(int nul)
    {
        _position = nul + 1;
    }

    private static decimal ToDecimal(ulong mantissa, int scale, bool negative) =>
        new((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Next(string key)
    {
        var position = _position;
        var end = _end;
        if (position >= end)
        {
            ThrowTruncated(key);
        }

        // Begin() checked that the payload lies in the buffer and ends with a NUL, so a NUL is always found.
        var rest = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), position), end - position);

        var nul = FieldScan.EndOfField(rest);

        _position = position + nul + 1;
        return rest[..nul];
    }

    [DoesNotReturn]
    private void ThrowTruncated(string key) => throw new ProtocolException($"frame ends before field {FieldsConsumed} ({key})", _messageId, FieldsConsumed);

    private static bool IsNonFinite(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("Infinity"u8) || text.SequenceEqual("-Infinity"u8) || text.SequenceEqual("NaN"u8);

    private ProtocolException Bad(string key, string expected, ReadOnlySpan<byte> text) =>
        Error($"{key}: not a valid {expected}: {Quote(text)}");

    private ProtocolException Error(string reason) => new(reason, _messageId, FieldIndex);

    private static string Quote(ReadOnlySpan<byte> text)
    {
        var shown = text.Length > 40 ? text[..40] : text;
        var chars = new char[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            var b = shown[i];
            chars[i] = b is >= 32 and < 127 ? (char)b : '?';
        }

        return "\"" + new string(chars) + (text.Length > 40 ? "…" : string.Empty) + "\"";
    }
}
