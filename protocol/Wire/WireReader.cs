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
internal sealed partial class WireReader : FieldVisitor
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
}
