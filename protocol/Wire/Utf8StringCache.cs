using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    // A value of up to 32 bytes is fully covered by four overlapping 8-byte words (first, last, second, second to
    // last; shorter values by fewer, zero-extended). The same words hash the value and, stored per slot, identify
    // it: a hit costs four integer compares and no byte loop, and a miss stores its key without allocating.
    private readonly ulong[] _words = new ulong[Slots * 4];
    private readonly byte[] _lengths = new byte[Slots];
    private readonly string?[] _values = new string?[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var length = utf8.Length;
        if ((uint)(length - 1) >= MaxCachedLength)
        {
            return length == 0 ? string.Empty : Create(utf8);
        }

        Words(utf8, out var a, out var b, out var c, out var d);
        var slot = (int)(Hash(a, b, c, d, length) & (Slots - 1));
        ref var key = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), slot * 4);
        if (_lengths[slot] == length && key == a && Unsafe.Add(ref key, 1) == b && Unsafe.Add(ref key, 2) == c
            && Unsafe.Add(ref key, 3) == d && _values[slot] is { } cached)
        {
            return cached;
        }

        return Miss(utf8, slot, a, b, c, d);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Miss(ReadOnlySpan<byte> utf8, int slot, ulong a, ulong b, ulong c, ulong d)
    {
        // Only ASCII values are kept: they are the repeated ones (codes, exchanges, accounts, statuses).
        if (!Ascii.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var text = WidenAscii(utf8);
        var key = _words.AsSpan(slot * 4, 4);
        key[0] = a;
        key[1] = b;
        key[2] = c;
        key[3] = d;
        _lengths[slot] = (byte)utf8.Length;
        _values[slot] = text;
        return text;
    }

    /// <summary>
    /// A string that is not cached. Long values (RTVolume ticks, error texts) differ in every frame and are nearly
    /// always ASCII: checking that and widening into the new string is faster than the general UTF-8 decoder.
    /// </summary>
    private static string Create(ReadOnlySpan<byte> utf8) =>
        Ascii.IsValid(utf8) ? WidenAscii(utf8) : Encoding.UTF8.GetString(utf8);

    private static string WidenAscii(ReadOnlySpan<byte> ascii) =>
        string.Create(ascii.Length, ascii, static (chars, bytes) => Ascii.ToUtf16(bytes, chars, out _));

    /// <summary>
    /// The words that cover a value of 1–32 bytes: 8–32 bytes by overlapping 8-byte reads (the middle pair only past
    /// 16), 4–7 by two overlapping 4-byte reads, 1–3 by its first, middle and last byte. Two values of one length
    /// are equal exactly when their words are.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Words(ReadOnlySpan<byte> utf8, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        var length = utf8.Length;
        ref var first = ref MemoryMarshal.GetReference(utf8);
        c = 0;
        d = 0;
        if (length >= 8)
        {
            a = Unsafe.ReadUnaligned<ulong>(ref first);
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - 8));
            if (length > 16)
            {
                c = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 8));
                d = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - 16));
            }
        }
        else if (length >= 4)
        {
            a = Unsafe.ReadUnaligned<uint>(ref first);
            b = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - 4));
        }
        else
        {
            a = ((ulong)first << 16) | ((ulong)Unsafe.Add(ref first, length >> 1) << 8) | Unsafe.Add(ref first, length - 1);
            b = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ulong a, ulong b, ulong c, ulong d, int length)
    {
        // Timestamps and ids often differ only in the middle, so every word takes part.
        var hash = (((a ^ (c * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL) ^ ((b ^ (d * 0x27D4EB2F165667C5UL)) * 0x165667B19E3779F9UL)) + (ulong)length;
        return (uint)(hash >> 32) ^ (uint)hash;
    }
}
