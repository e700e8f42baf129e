using System.Globalization;

namespace Ibkr.Simulator;

/// <summary>
/// The virtual clock (an injected <see cref="TimeProvider"/>) and the Gateway's time formats. Exchange times are
/// US/Eastern when the machine has the zone, otherwise UTC under that name's place (see docs/simulator.md).
/// </summary>
internal sealed class SimClock
{
    private readonly TimeZoneInfo _zone;

    public SimClock(TimeProvider time)
    {
        Time = time;
        Start = time.GetUtcNow();
        (_zone, ZoneName) = FindEastern();
    }

    public TimeProvider Time { get; }

    /// <summary>When the simulator started: the boundary between generated and recorded history.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The zone name written after local times ("US/Eastern", or "UTC" without zone data).</summary>
    public string ZoneName { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public DateTime Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, _zone).DateTime;

    /// <summary>"20260406 10:01:02 US/Eastern": executions, history ranges, intraday bars.</summary>
    public string Stamp(DateTimeOffset t) => $"{Local(t).ToString("yyyyMMdd HH:mm:ss", CultureInfo.InvariantCulture)} {ZoneName}";

    /// <summary>The server-info connection time.</summary>
    public string ConnectionTime(DateTimeOffset t) => Stamp(t);

    /// <summary>Parses a request time: "yyyyMMdd-HH:mm:ss" (UTC), "yyyyMMdd HH:mm:ss [zone]" (local), "yyyyMMdd"; empty is now.</summary>
    public bool TryParse(string text, out DateTimeOffset value)
    {
        value = Now;
        var s = text.Trim();
        if (s.Length == 0)
        {
            return true;
        }

        if (DateTime.TryParseExact(s, "yyyyMMdd-HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            value = new DateTimeOffset(utc, TimeSpan.Zero);
            return true;
        }

        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var body = parts.Length >= 2 ? $"{parts[0]} {parts[1]}" : parts[0];
        var zone = parts.Length >= 3 ? parts[2] : ZoneName;
        if (!DateTime.TryParseExact(body, ["yyyyMMdd HH:mm:ss", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = zone is "UTC" or "GMT" || zone != ZoneName
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero)
            : new DateTimeOffset(local, _zone.GetUtcOffset(local));
        return true;
    }

    private static (TimeZoneInfo Zone, string Name) FindEastern()
    {
        foreach (var id in new[] { "America/New_York", "US/Eastern", "Eastern Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return (zone, "US/Eastern");
            }
        }

        return (TimeZoneInfo.Utc, "UTC");
    }
}
