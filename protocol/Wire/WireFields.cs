namespace Ibkr.Protocol.Wire;

/// <summary>
/// Splits a payload into its NUL-terminated fields without decoding them: the raw view that tools which
/// rewrite fields (normalising, redacting) and unknown messages work from.
/// </summary>
public static class WireFields
{
    /// <summary>
    /// Writes the range of each field of <paramref name="payload"/> into <paramref name="fields"/> and returns
    /// how many there are. Throws <see cref="ProtocolException"/> when the payload is empty, does not end with
    /// a NUL, or has more fields than <paramref name="fields"/> holds.
    /// </summary>
    public static int Split(ReadOnlySpan<byte> payload, Span<Range> fields)
    {
        // The final NUL checked here is what lets FieldScan look ahead without running off the payload.
        if (payload.IsEmpty || payload[^1] != 0)
        {
            throw new ProtocolException(payload.IsEmpty ? "empty payload" : "payload does not end with a NUL terminator");
        }

        var count = 0;
        var start = 0;
        while (start < payload.Length)
        {
            var nul = FieldScan.EndOfField(payload[start..]);
            if (count == fields.Length)
            {
                throw new ProtocolException($"payload has more than {fields.Length} fields");
            }

            fields[count++] = new Range(start, start + nul);
            start += nul + 1;
        }

        return count;
    }
}
