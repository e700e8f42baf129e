using System.Globalization;
using System.Text.Json.Nodes;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// driver.log (lines for people, also echoed to the console) and driver_events.jsonl (checkpoints in
/// ibkr-go's key layout: <c>at, scenario, run_id, kind</c>, then only non-empty extras). Either file may be
/// absent when the driver runs without a capture directory.
/// </summary>
internal sealed class DriverJournal(string scenario, string runId, string? directory, Action<string> echo)
{
    private readonly Lock _lock = new();

    public void Log(string line)
    {
        var stamped = $"{DateTime.UtcNow.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture)} {line}";
        lock (_lock)
        {
            echo(line);
            if (directory is not null)
            {
                File.AppendAllText(Path.Combine(directory, CaptureFiles.DriverLog), stamped + "\n");
            }
        }
    }

    public void Event(string kind, JsonObject? extra = null)
    {
        if (directory is null)
        {
            return;
        }

        var json = new JsonObject
        {
            ["at"] = CaptureTime.Format(DateTimeOffset.UtcNow),
            ["scenario"] = scenario,
            ["run_id"] = runId,
            ["kind"] = kind,
        };
        foreach (var (key, value) in extra ?? [])
        {
            json[key] = value?.DeepClone();
        }

        lock (_lock)
        {
            File.AppendAllText(Path.Combine(directory, CaptureFiles.DriverEvents), json.ToJsonString() + "\n");
        }
    }
}
