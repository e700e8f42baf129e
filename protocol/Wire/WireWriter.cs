using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Writes a message's fields, each followed by a NUL, into a reusable buffer.
/// Numbers are formatted straight into the buffer; unset values become empty fields.
/// </summary>
internal sealed class WireWriter : FieldVisitor
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private int _messageId;
    private int _field;

    public override bool IsReading => false;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public override void Fail(string reason) => throw new ProtocolException(reason, _messageId, _field);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Begin(int messageId)
    {
        _buffer.ResetWrittenCount();
        _messageId = messageId;
        _field = -1;
        WriteInt64(messageId);
    }

    public override void Version(int version) => WriteInt64(version);

    public override void Filler(string text) => WriteText(text, "filler");

    public override void Int(ref int value, string key) => WriteInt64(value);

    public override void IntMax(ref int? value, string key)
    {
        if (value is { } v)
        {
            WriteInt64(v);
        }
        else
        {
            WriteEmpty();
        }
    }

    public override void Long(ref long value, string key) => WriteInt64(value);

    public override void LongMax(ref long? value, string key)
    {
        if (value is { } v)
        {
            WriteInt64(v);
        }
        else
        {
            WriteEmpty();
        }
    }

    public override void Dec(ref decimal value, string key) => WriteDecimal(value);

    public override void DecMax(ref decimal? value, string key)
    {
        if (value is { } v)
        {
            WriteDecimal(v);
        }
        else
        {
            WriteEmpty();
        }
    }

    public override void Bool(ref bool value, string key) => WriteText(value ? "1" : "0", key);

    public override void Str(ref string value, string key) => WriteText(value, key);

    public override void Text(ref string value, string key) => WriteText(WireText.Escape(value), key);

    public override void Csv(List<string> values, string key, char separator = ',') =>
        WriteText(string.Join(separator, values), key);

    public override void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
    {
        WriteInt64(items.Count);
        foreach (var item in items)
        {
            item.Visit(this);
        }
    }

    public override void Strings(List<string> items, string key, CountRule rule = CountRule.Required)
    {
        WriteInt64(items.Count);
        foreach (var item in items)
        {
            WriteText(item, key);
        }
    }

    public override void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required)
    {
        WriteInt64(items.Count);
        foreach (var item in items)
        {
            WriteDecimal(item);
        }
    }

    private void WriteInt64(long value)
    {
        _field++;
        var span = _buffer.GetSpan(21);
        Utf8Formatter.TryFormat(value, span, out var written);
        span[written] = 0;
        _buffer.Advance(written + 1);
    }

    private void WriteDecimal(decimal value)
    {
        _field++;
        var span = _buffer.GetSpan(32);
        Utf8Formatter.TryFormat(value, span, out var written);
        span[written] = 0;
        _buffer.Advance(written + 1);
    }

    private void WriteEmpty()
    {
        _field++;
        _buffer.GetSpan(1)[0] = 0;
        _buffer.Advance(1);
    }

    private void WriteText(string? text, string key)
    {
        _field++;
        text ??= string.Empty;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ProtocolException($"{key}: text contains a NUL character, which cannot be sent", _messageId, _field);
        }

        var max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        var span = _buffer.GetSpan(max);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = 0;
        _buffer.Advance(written + 1);
    }
}
