using System.Buffers.Binary;
using System.Text;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// Direct-mapped cache of short ASCII field values (currencies, exchanges, statuses, accounts), so
/// that decoding a stream of similar messages does not allocate the same strings again and again.
/// One per decoder; not thread-safe.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int MaxCachedLength = 32;
    private const int Slots = 1024;

    private readonly string?[] _entries = new string?[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        ref var slot = ref _entries[Hash(utf8) & (Slots - 1)];
        if (slot is { } cached && cached.Length == utf8.Length && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        var text = Encoding.UTF8.GetString(utf8);
        if (Ascii.IsValid(utf8))
        {
            slot = text;
        }

        return text;
    }

    /// <summary>Hashes every byte, eight at a time: timestamps and ids often differ only in the middle.</summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = (ulong)utf8.Length * 0x9E3779B97F4A7C15UL;
        while (utf8.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * 0xC2B2AE3D27D4EB4FUL;
            utf8 = utf8[8..];
        }

        ulong tail = 0;
        foreach (var b in utf8)
        {
            tail = (tail << 8) | b;
        }

        hash = (hash ^ tail) * 0x165667B19E3779F9UL;
        return (uint)(hash >> 32) ^ (uint)hash;
    }
}
