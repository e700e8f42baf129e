using Ibkr.Cli.Capture;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>Writes hand-made capture directories in the recorder's format.</summary>
internal static class CaptureWriter
{
    public const string At = "2026-04-06T09:30:00.0000000Z";

    public static string Create(string root, string name, IEnumerable<CaptureEvent> events, string scenario = "handmade")
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, CaptureFiles.Meta), new CaptureMeta(scenario, DateTimeOffset.Parse(At, System.Globalization.CultureInfo.InvariantCulture)).ToJson());
        File.WriteAllLines(Path.Combine(dir, CaptureFiles.Events), events.Select(CaptureEventJson.Write));
        return dir;
    }

    public static CaptureEvent Connect(int leg = 1) => new(At, EventKinds.Connect, leg);

    public static CaptureEvent Disconnect(int leg = 1) => new(At, EventKinds.Disconnect, leg);

    public static CaptureEvent Chunk(string direction, byte[] data, int leg = 1) => new(At, EventKinds.Chunk, leg, direction, data);
}
