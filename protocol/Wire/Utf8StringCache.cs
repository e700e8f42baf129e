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

        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        ref var slot = ref _entries[hash & (Slots - 1)];
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
}
