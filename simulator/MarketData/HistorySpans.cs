using System.Globalization;

namespace Ibkr.Simulator.MarketData;

/// <summary>Parses the Gateway's bar-size settings ("5 mins", "1 day") and durations ("2 D", "3600 S").</summary>
internal static class HistorySpans
{
    public static TimeSpan? BarSize(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return null;
        }

        TimeSpan? size = parts[1] switch
        {
            "sec" or "secs" when n is 1 or 5 or 10 or 15 or 30 => TimeSpan.FromSeconds(n),
            "min" or "mins" when n is 1 or 2 or 3 or 5 or 10 or 15 or 20 or 30 => TimeSpan.FromMinutes(n),
            "hour" or "hours" when n is 1 or 2 or 3 or 4 or 8 => TimeSpan.FromHours(n),
            "day" or "days" when n == 1 => TimeSpan.FromDays(1),
            "week" or "weeks" when n == 1 => TimeSpan.FromDays(7),
            _ => null,
        };
        return size;
    }

    public static TimeSpan? Duration(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return null;
        }

        return parts[1] switch
        {
            "S" => TimeSpan.FromSeconds(n),
            "D" => TimeSpan.FromDays(n),
            "W" => TimeSpan.FromDays(7 * n),
            "M" => TimeSpan.FromDays(30 * n),
            "Y" when n == 1 => TimeSpan.FromDays(365),
            _ => null,
        };
    }
}
