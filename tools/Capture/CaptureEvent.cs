namespace Ibkr.Cli.Capture;

/// <summary>The <c>kind</c> values of events.jsonl and frames.jsonl.</summary>
internal static class EventKinds
{
    public const string Connect = "connect";
    public const string Disconnect = "disconnect";
    public const string Chunk = "chunk";
    public const string Frame = "frame";
}

/// <summary>
/// One line of events.jsonl (a chunk as one socket read returned it) or of frames.jsonl (one rebuilt frame
/// payload). <see cref="At"/> stays text so a foreign capture's timestamps round-trip unchanged.
/// </summary>
internal sealed record CaptureEvent(string At, string Kind, int Leg, string? Direction = null, byte[]? Data = null)
{
    public const string Client = "client";
    public const string Server = "server";
}
