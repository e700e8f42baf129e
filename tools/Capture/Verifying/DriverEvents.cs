using System.Text.Json;
using Ibkr.Cli.Capture.Normalizing;

namespace Ibkr.Cli.Capture.Verifying;

/// <summary>driver_events.jsonl checks: every line a JSON object with at/scenario/run_id/kind, and no <c>scenario_end</c> carrying an error.</summary>
internal static class DriverEvents
{
    private static readonly string[] Required = ["at", "scenario", "run_id", "kind"];

    public static CaptureProblem? FirstFailure(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || Required.Any(key => !root.TryGetProperty(key, out _)))
                {
                    return new CaptureProblem(CaptureFiles.DriverEvents, number, "not a driver event (at, scenario, run_id, kind)");
                }

                if (root.GetProperty("kind").GetString() == "scenario_end" && root.TryGetProperty("error", out var error))
                {
                    return new CaptureProblem(CaptureFiles.DriverEvents, number, $"scenario failed: {error.GetString()}");
                }
            }
            catch (JsonException)
            {
                return new CaptureProblem(CaptureFiles.DriverEvents, number, "not a JSON object (truncated line?)");
            }
        }

        return null;
    }
}
