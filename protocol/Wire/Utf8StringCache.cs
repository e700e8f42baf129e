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

    // Each slot keeps the string's bytes in one preallocated slab: comparing bytes with bytes is several times
    // faster than with chars, and a miss stores its key without allocating anything but the string.
    private readonly byte[] _keys = new byte[Slots * MaxCachedLength];
    private readonly byte[] _lengths = new byte[Slots];
    private readonly string?[] _values = new string?[Slots];

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

        var slot = (int)(Hash(utf8) & (Slots - 1));
        var key = _keys.AsSpan(slot * MaxCachedLength, utf8.Length);
        if (_lengths[slot] == utf8.Length && utf8.SequenceEqual(key) && _values[slot] is { } cached)
        {
            return cached;
        }

        var text = Encoding.UTF8.GetString(utf8);
        if (Ascii.IsValid(utf8))
        {
            utf8.CopyTo(key);
            _lengths[slot] = (byte)utf8.Length;
            _values[slot] = text;
        }

        return text;
    }

    /// <summary>
    /// Hashes every byte without a loop: overlapping reads (8 bytes for 8–32 byte strings, 4 bytes for 4–7)
    /// cover the whole string, since timestamps and ids often differ only in the middle.
    /// </summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var length = utf8.Length;
        ulong a;
        ulong b;
        if (length >= 8)
        {
            a = BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            b = BinaryPrimitives.ReadUInt64LittleEndian(utf8[(length - 8)..]);
            if (length > 16)
            {
                a ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8[8..]) * 0x9E3779B97F4A7C15UL;
                b ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8[(length - 16)..]) * 0xC2B2AE3D27D4EB4FUL;
            }
        }
        else if (length >= 4)
        {
            a = BinaryPrimitives.ReadUInt32LittleEndian(utf8);
            b = BinaryPrimitives.ReadUInt32LittleEndian(utf8[(length - 4)..]);
        }
        else
        {
            a = ((ulong)utf8[0] << 16) | ((ulong)utf8[length >> 1] << 8) | utf8[length - 1];
            b = 0;
        }

        var hash = ((a * 0x9E3779B97F4A7C15UL) ^ (b * 0x165667B19E3779F9UL)) + (ulong)length;
        return (uint)(hash >> 32) ^ (uint)hash;
    }
}
