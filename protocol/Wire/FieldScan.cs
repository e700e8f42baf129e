using System.Runtime.CompilerServices;

namespace Ibkr.Protocol.Wire;

/// <summary>Finding the end of a field: the one scan shared by the decoder and the raw splitter.</summary>
internal static class FieldScan
{
    /// <summary>
    /// Index of the first NUL in <paramref name="rest"/>, which must contain one. Fields of up to two characters
    /// (versions, flags, type codes) are most of the protocol, so they are checked before a vector search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EndOfField(ReadOnlySpan<byte> rest)
    {
        if (rest[0] == 0)
        {
            return 0;
        }

        if (rest[1] == 0)
        {
            return 1;
        }

        return rest[2] == 0 ? 2 : rest.IndexOf((byte)0);
    }
}
