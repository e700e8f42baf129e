using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Fills a message from one frame payload. Fields are scanned in place (no per-field copies);
/// every error names the message id, the field index and the key being read.
/// Reused across frames by one decoder.
/// </summary>
internal sealed class WireReader : FieldVisitor
{
    private readonly Utf8StringCache _strings = new();
    private byte[] _buffer = [];
    private int _position;
    private int _end;
    private int _start;
    private int _messageId;

    public override bool IsReading => true;

    public override bool HasMoreFields => _position < _end;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public override void Fail(string reason) => throw Error(reason);

    /// <summary>Index of the last field read (message id = 0).</summary>
    /// <remarks>Counted from the position only when asked (errors), so reading a field touches no counter.</remarks>
    public int FieldIndex => FieldsConsumed - 1;

    private int FieldsConsumed => _buffer.AsSpan(_start, _position - _start).Count((byte)0);

    /// <summary>Starts reading a payload at its first field; returns the message id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Begin(byte[] buffer, int start, int length)
    {
        // The common frame (in the buffer, NUL-terminated, a one- or two-digit id) is checked here, inlined into the
        // decoder; anything else takes the general path, which also names what is wrong.
        var end = start + length;
        if ((uint)start < (uint)end && (uint)end <= (uint)buffer.Length)
        {
            ref var data = ref MemoryMarshal.GetArrayDataReference(buffer);
            var first = (uint)(Unsafe.Add(ref data, start) - '0');

            // A digit at start is not the final NUL, so start + 1 is inside the payload.
            if (Unsafe.Add(ref data, end - 1) == 0 && first <= 9)
            {
                var next = Unsafe.Add(ref data, start + 1);
                if (next == 0)
                {
                    Reset(buffer, start, end, start + 2);
                    return _messageId = (int)first;
                }

                // A digit here is not the NUL either, so start + 2 is inside the payload too.
                var second = (uint)(next - '0');
                if (second <= 9 && Unsafe.Add(ref data, start + 2) == 0)
                {
                    Reset(buffer, start, end, start + 3);
                    return _messageId = (int)((first * 10) + second);
                }
            }
        }

        return BeginSlow(buffer, start, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reset(byte[] buffer, int start, int end, int position)
    {
        // A stream decodes frame after frame from the same buffer; skip the GC write barrier when it is unchanged.
        if (!ReferenceEquals(_buffer, buffer))
        {
            _buffer = buffer;
        }

        _start = start;
        _end = end;
        _position = position;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int BeginSlow(byte[] buffer, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (ulong)(uint)length, (ulong)buffer.Length, nameof(length));
        var end = start + length;
        Reset(buffer, start, end, start);
        _messageId = 0;
        if (length == 0 || buffer[end - 1] != 0)
        {
            ThrowUnterminated(length);
        }

        var nul = ScanNumber(out var mantissa, out var digits, out var scale, out var negative);
        if (nul >= 0 && digits is > 0 and <= 9 && scale < 0 && !negative)
        {
            Commit(nul);
            _messageId = (int)mantissa;
            return _messageId;
        }

        ThrowBadMessageId();
        return 0;
    }

    [DoesNotReturn]
    private static void ThrowUnterminated(int length) =>
        throw new ProtocolException(length == 0 ? "empty payload" : "payload does not end with a NUL terminator");

    [DoesNotReturn]
    private void ThrowBadMessageId() =>
        throw new ProtocolException($"message id is not a non-negative integer: {Quote(Next("message id"))}", null, 0);

    /// <summary>Fields not consumed by the layout.</summary>
    public int RemainingFields => _position >= _end ? 0 : _buffer.AsSpan(_position, _end - _position).Count((byte)0);

    /// <summary>Reads every remaining field as text (for unknown messages).</summary>
    public List<string> ReadRest()
    {
        var rest = new List<string>();
        while (_position < _end)
        {
            rest.Add(_strings.Get(Next("field")));
        }

        return rest;
    }

    public override void Version(int version) => Next("version");

    public override void Filler(string text) => Next("filler");

    public override void Int(ref int value, string key)
    {
        var nul = ScanNumber(out var mantissa, out var digits, out var scale, out var negative);
        if (nul >= 0 && scale < 0 && digits <= 9)
        {
            Commit(nul);
            value = negative ? -(int)mantissa : (int)mantissa;
            return;
        }

        IntSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void IntSlow(ref int value, string key)
    {
        var text = Next(key);
        if (text.IsEmpty)
        {
            value = 0;
        }
        else if (!WireText.TryParseInt(text, out value))
        {
            throw Bad(key, "integer", text);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void IntMax(ref int? value, string key)
    {
        if (TakeEmpty())
        {
            value = null;
            return;
        }

        IntMaxValue(ref value, key);
    }

    private void IntMaxValue(ref int? value, string key)
    {
        // Nine digits or fewer can never be the 2147483647 sentinel.
        var nul = ScanNumber(out var mantissa, out var digits, out var scale, out var negative);
        if (nul >= 0 && scale < 0 && digits <= 9)
        {
            Commit(nul);
            value = digits == 0 ? null : negative ? -(int)mantissa : (int)mantissa;
            return;
        }

        IntMaxSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void IntMaxSlow(ref int? value, string key)
    {
        var text = Next(key);
        if (text.IsEmpty || text.SequenceEqual(Sentinels.IntMax))
        {
            value = null;
        }
        else if (WireText.TryParseInt(text, out var parsed))
        {
            value = parsed;
        }
        else
        {
            throw Bad(key, "integer", text);
        }
    }

    public override void Long(ref long value, string key)
    {
        var nul = ScanNumber(out var mantissa, out _, out var scale, out var negative);
        if (nul >= 0 && scale < 0)
        {
            Commit(nul);
            value = negative ? -(long)mantissa : (long)mantissa;
            return;
        }

        LongSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void LongSlow(ref long value, string key)
    {
        var text = Next(key);
        if (text.IsEmpty)
        {
            value = 0;
        }
        else if (!WireText.TryParseLong(text, out value))
        {
            throw Bad(key, "integer", text);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void LongMax(ref long? value, string key)
    {
        if (TakeEmpty())
        {
            value = null;
            return;
        }

        LongMaxValue(ref value, key);
    }

    private void LongMaxValue(ref long? value, string key)
    {
        // The fast scan stops at 18 digits, so the 19-digit sentinel always takes the general path.
        var nul = ScanNumber(out var mantissa, out var digits, out var scale, out var negative);
        if (nul >= 0 && scale < 0)
        {
            Commit(nul);
            value = digits == 0 ? null : negative ? -(long)mantissa : (long)mantissa;
            return;
        }

        LongMaxSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void LongMaxSlow(ref long? value, string key)
    {
        var text = Next(key);
        if (text.IsEmpty || text.SequenceEqual(Sentinels.LongMax))
        {
            value = null;
        }
        else if (WireText.TryParseLong(text, out var parsed))
        {
            value = parsed;
        }
        else
        {
            throw Bad(key, "integer", text);
        }
    }

    public override void Dec(ref decimal value, string key)
    {
        var nul = ScanNumber(out var mantissa, out _, out var scale, out var negative);
        if (nul >= 0)
        {
            Commit(nul);
            value = ToDecimal(mantissa, scale, negative);
            return;
        }

        DecSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DecSlow(ref decimal value, string key)
    {
        var text = Next(key);
        if (text.IsEmpty)
        {
            value = 0;
        }
        else if (!WireText.TryParseDecimal(text, out value))
        {
            throw Bad(key, "number", text);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void DecMax(ref decimal? value, string key)
    {
        if (TakeEmpty())
        {
            value = null;
            return;
        }

        DecMaxValue(ref value, key);
    }

    private void DecMaxValue(ref decimal? value, string key)
    {
        // Every unset sentinel has ten or more digits (or an exponent), so nine digits are always a value.
        var nul = ScanNumber(out var mantissa, out var digits, out var scale, out var negative);
        if (nul >= 0 && digits <= 9)
        {
            Commit(nul);
            value = digits == 0 ? null : ToDecimal(mantissa, scale, negative);
            return;
        }

        DecMaxSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DecMaxSlow(ref decimal? value, string key)
    {
        var text = Next(key);
        if (Sentinels.IsUnsetDecimal(text) || IsNonFinite(text))
        {
            value = null;
        }
        else if (WireText.TryParseDecimal(text, out var parsed))
        {
            value = parsed;
        }
        else
        {
            throw Bad(key, "number", text);
        }
    }

    public override void Bool(ref bool value, string key)
    {
        var position = _position;
        if (position + 1 < _end && _buffer[position + 1] == 0 && _buffer[position] is (byte)'0' or (byte)'1')
        {
            value = _buffer[position] == (byte)'1';
            Commit(position + 1);
            return;
        }

        BoolSlow(ref value, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void BoolSlow(ref bool value, string key)
    {
        var text = Next(key);
        if (text.IsEmpty)
        {
            value = false;
        }
        else if (!WireText.TryParseBool(text, out value))
        {
            throw Bad(key, "boolean", text);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Str(ref string value, string key)
    {
        if (TakeEmpty())
        {
            value = string.Empty;
            return;
        }

        value = _strings.Get(Next(key));
    }

    public override void Text(ref string value, string key) => value = WireText.Unescape(_strings.Get(Next(key)));

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

    public override void Csv(List<string> values, string key, char separator = ',')
    {
        values.Clear();
        var text = Next(key);
        foreach (var range in text.Split((byte)separator))
        {
            var part = text[range];
            if (!part.IsEmpty)
            {
                values.Add(_strings.Get(part));
            }
        }
    }

    public override void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
    {
        var count = Count(key, rule);
        items.Clear();
        items.Capacity = Math.Max(items.Capacity, count);
        for (var i = 0; i < count; i++)
        {
            var item = new T();
            item.Visit(this);
            items.Add(item);
        }
    }

    public override void Strings(List<string> items, string key, CountRule rule = CountRule.Required)
    {
        var count = Count(key, rule);
        items.Clear();
        for (var i = 0; i < count; i++)
        {
            items.Add(_strings.Get(Next(key)));
        }
    }

    public override void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required)
    {
        var count = Count(key, rule);
        items.Clear();
        for (var i = 0; i < count; i++)
        {
            var value = 0m;
            Dec(ref value, key);
            items.Add(value);
        }
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
