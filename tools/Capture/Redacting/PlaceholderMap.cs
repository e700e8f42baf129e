namespace Ibkr.Cli.Capture.Redacting;

/// <summary>One replacement made in one file.</summary>
internal sealed record Replacement(string File, IdentifierKind Kind, string Original, string Placeholder, int Count);

/// <summary>
/// Stable placeholders: the same identifier gets the same placeholder in every file of a run. Used in two passes
/// over the same inputs: <see cref="Collecting"/> notes every identifier (sanitized ones are kept and their
/// numbers reserved), then <see cref="Seal"/> numbers the rest in first-seen order around the reserved ones, and
/// the second pass replaces.
/// </summary>
internal sealed class PlaceholderMap
{
    private readonly Dictionary<(IdentifierKind, string), string> _assigned = [];
    private readonly List<(IdentifierKind Kind, string Value)> _pending = [];
    private readonly HashSet<(IdentifierKind, string)> _reserved = [];
    private readonly Dictionary<(string File, IdentifierKind Kind, string Original), int> _counts = [];

    public bool Collecting { get; private set; } = true;

    /// <summary>The file the next replacements are counted against.</summary>
    public string CurrentFile { get; set; } = string.Empty;

    /// <summary>Every original identifier, by kind, so text without structure can be searched for them.</summary>
    public IEnumerable<(IdentifierKind Kind, string Original)> Originals => _assigned.Keys;

    public IReadOnlyList<Replacement> Replacements =>
        [.. _counts.Select(c => new Replacement(c.Key.File, c.Key.Kind, c.Key.Original, _assigned[(c.Key.Kind, c.Key.Original)], c.Value))];

    public string Map(IdentifierKind kind, string value)
    {
        if (value.Length == 0 || value == "0" || value.StartsWith('$'))
        {
            return value;
        }

        if (Identifiers.IsSanitized(kind, value))
        {
            _reserved.Add((kind, value));
            return value;
        }

        if (Collecting)
        {
            if (!_pending.Contains((kind, value)))
            {
                _pending.Add((kind, value));
            }

            return value;
        }

        var placeholder = _assigned[(kind, value)];
        var key = (CurrentFile, kind, value);
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
        return placeholder;
    }

    public void Seal()
    {
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            var n = 0;
            foreach (var (_, value) in _pending.Where(p => p.Kind == kind))
            {
                string placeholder;
                do
                {
                    placeholder = Identifiers.Placeholder(kind, ++n);
                }
                while (_reserved.Contains((kind, placeholder)));

                _assigned[(kind, value)] = placeholder;
            }
        }

        Collecting = false;
    }
}
