namespace Ibkr.Cli.Capture;

/// <summary>The file names inside a capture directory (capture-tooling.md §1), shared by every capture verb.</summary>
internal static class CaptureFiles
{
    public const string Meta = "meta.json";
    public const string Events = "events.jsonl";
    public const string Frames = "frames.jsonl";
    public const string DriverLog = "driver.log";
    public const string DriverEvents = "driver_events.jsonl";
}
