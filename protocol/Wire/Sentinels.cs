namespace Ibkr.Protocol.Wire;

/// <summary>
/// The "no value" literals TWS sends (Java maximum values). An empty field means the same thing.
/// </summary>
public static class Sentinels
{
    /// <summary>Unset int: Java Integer.MAX_VALUE.</summary>
    public static ReadOnlySpan<byte> IntMax => "2147483647"u8;

    /// <summary>Unset long: Java Long.MAX_VALUE.</summary>
    public static ReadOnlySpan<byte> LongMax => "9223372036854775807"u8;

    /// <summary>Unset decimal quantity: Java Long.MIN_VALUE (seen on OpenOrder suggestedSize).</summary>
    public static ReadOnlySpan<byte> LongMin => "-9223372036854775808"u8;

    /// <summary>Unset double: Java Double.MAX_VALUE as Java prints it.</summary>
    public static ReadOnlySpan<byte> DoubleMax => "1.7976931348623157E308"u8;

    /// <summary>True when a decimal-typed field holds one of the unset literals (or is empty).</summary>
    public static bool IsUnsetDecimal(ReadOnlySpan<byte> field) =>
        field.Length < 10
            ? field.IsEmpty
            : field.SequenceEqual(LongMax)
        || field.SequenceEqual(LongMin)
        || field.SequenceEqual(IntMax)
        || IsDoubleMax(field);

    private static bool IsDoubleMax(ReadOnlySpan<byte> field)
    {
        var max = DoubleMax;
        if (field.Length != max.Length)
        {
            return false;
        }

        for (var i = 0; i < field.Length; i++)
        {
            // Java prints a capital E; accept either case.
            if ((field[i] | 0x20) != (max[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }
}
