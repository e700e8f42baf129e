namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>An event with the events.jsonl line it came from.</summary>
internal sealed record LineEvent(int Line, CaptureEvent Event);
