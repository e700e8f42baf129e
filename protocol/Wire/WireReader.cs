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
    private int _field;
    private int _messageId;

    public override bool IsReading => true;

    public override bool HasMoreFields => _position < _end;

    /// <summary>Index of the last field read (message id = 0).</summary>
    public int FieldIndex => _field;

    /// <summary>Starts reading a payload at its first field; returns the message id.</summary>
    public int Begin(byte[] buffer, int start, int length)
    {
        _buffer = buffer;
        _position = start;
        _end = start + length;
        _field = -1;
        _messageId = 0;
        if (length == 0)
        {
            throw new ProtocolException("empty payload");
        }

        if (buffer[_end - 1] != 0)
        {
            throw new ProtocolException("payload does not end with a NUL terminator");
        }

        var id = Next("message id");
        if (!WireText.TryParseInt(id, out _messageId) || _messageId < 0)
        {
            throw new ProtocolException($"message id is not a non-negative integer: {Quote(id)}", null, 0);
        }

        return _messageId;
    }

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

    public override void IntMax(ref int? value, string key)
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

    public override void LongMax(ref long? value, string key)
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

    public override void DecMax(ref decimal? value, string key)
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

    public override void Str(ref string value, string key) => value = _strings.Get(Next(key));

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

    private int Count(string key, CountRule rule)
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

    private ReadOnlySpan<byte> Next(string key)
    {
        _field++;
        if (_position >= _end)
        {
            throw Error($"frame ends before field {_field} ({key})");
        }

        var rest = new ReadOnlySpan<byte>(_buffer, _position, _end - _position);
        var nul = rest.IndexOf((byte)0);

        // Begin() checked the final terminator, so a NUL is always found.
        _position += nul + 1;
        return rest[..nul];
    }

    private static bool IsNonFinite(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("Infinity"u8) || text.SequenceEqual("-Infinity"u8) || text.SequenceEqual("NaN"u8);

    private ProtocolException Bad(string key, string expected, ReadOnlySpan<byte> text) =>
        Error($"{key}: not a valid {expected}: {Quote(text)}");

    private ProtocolException Error(string reason) => new(reason, _messageId, _field);

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
