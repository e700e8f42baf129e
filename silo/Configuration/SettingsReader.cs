using System.Globalization;

namespace Ibkr.Silo.Configuration;

/// <summary>
/// Reads typed values from configuration and collects one clear line per bad value (key, value found, what was
/// expected) instead of stopping at the first, so an operator fixes everything in one go.
/// </summary>
internal sealed class SettingsReader(IConfiguration configuration)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public void Problem(string key, string message) => _problems.Add($"{key}: {message}");

    public string? Text(string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string Text(string key, string fallback) => Text(key) ?? fallback;

    public bool Bool(string key, bool fallback)
    {
        var value = Text(key);
        if (value is null)
        {
            return fallback;
        }

        if (bool.TryParse(value, out var parsed))
        {
            return parsed;
        }

        Problem(key, $"'{value}' is not true or false");
        return fallback;
    }

    public int Int(string key, int fallback, int min, int max, string what)
    {
        var value = Text(key);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        Problem(key, $"'{value}' is not {what} ({min}-{max})");
        return fallback;
    }

    public int Port(string key, int fallback, bool zeroDisables = false) =>
        Int(key, fallback, zeroDisables ? 0 : 1, 65535, zeroDisables ? "a port, or 0 for none" : "a port");

    /// <summary>A positive duration: <c>hh:mm:ss[.fff]</c>, or a number with a unit (<c>250ms</c>, <c>2s</c>, <c>1m</c>).</summary>
    public TimeSpan Duration(string key, TimeSpan fallback)
    {
        var value = Text(key);
        if (value is null)
        {
            return fallback;
        }

        if (TryParseDuration(value, out var parsed) && parsed > TimeSpan.Zero)
        {
            return parsed;
        }

        Problem(key, $"'{value}' is not a positive duration (for example 00:00:05, 500ms, 5s, 1m)");
        return fallback;
    }

    /// <summary>Reports keys under <paramref name="section"/> that are not in <paramref name="known"/> (typos).</summary>
    public void OnlyKnown(string section, params string[] known)
    {
        foreach (var child in configuration.GetSection(section).GetChildren())
        {
            if (!known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                Problem($"{section}:{child.Key}", $"is not a setting here (known: {string.Join(", ", known)})");
            }
        }
    }

    private static bool TryParseDuration(string value, out TimeSpan duration)
    {
        (string Suffix, double Scale)[] units = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000)];
        foreach (var (suffix, scale) in units)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(value[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number))
            {
                duration = TimeSpan.FromMilliseconds(number * scale);
                return true;
            }
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out duration);
    }
}
