using Ibkr.Cli.Capture.Normalizing;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Redacting;

/// <summary>
/// A capture directory with its identifiers replaced. events.jsonl is rebuilt from its frames, redacted and
/// written back one chunk per frame (chunking carries no meaning; the <c>API\0</c> prefix is kept in front of
/// each client version frame); frames.jsonl is rewritten from the result; meta.json, driver.log and
/// driver_events.jsonl are redacted as text.
/// </summary>
internal static class CaptureRedactor
{
    private static readonly string[] TextFiles = [CaptureFiles.Meta, CaptureFiles.DriverLog, CaptureFiles.DriverEvents];

    /// <summary>The new content of each file that exists, by file name; the problem when the capture cannot be framed.</summary>
    public static (Dictionary<string, string> Files, CaptureProblem? Problem) Redact(string directory, TextRedactor text, PayloadRedactor payloads)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var (events, problem) = EventReader.Read(Path.Combine(directory, CaptureFiles.Events));
        var rebuilt = problem is null ? FrameRebuilder.Rebuild(events) : null;
        if (problem is not null || rebuilt!.Problem is not null)
        {
            return (files, problem ?? rebuilt!.Problem);
        }

        text.Map.CurrentFile = Path.Combine(directory, CaptureFiles.Events);
        var redacted = rebuilt.Events.Select(e => e.Kind != EventKinds.Frame ? e : e with
        {
            Data = payloads.Redact(e.Direction == CaptureEvent.Client ? Direction.Client : Direction.Server, e.Data!),
        }).ToList();
        files[CaptureFiles.Events] = string.Concat(redacted.Select(e => CaptureEventJson.Write(AsChunk(e)) + "\n"));
        if (File.Exists(Path.Combine(directory, CaptureFiles.Frames)))
        {
            files[CaptureFiles.Frames] = string.Concat(redacted.Select(e => CaptureEventJson.Write(e) + "\n"));
        }

        foreach (var name in TextFiles.Where(n => File.Exists(Path.Combine(directory, n))))
        {
            text.Map.CurrentFile = Path.Combine(directory, name);
            files[name] = text.Text(File.ReadAllText(Path.Combine(directory, name)));
        }

        return (files, null);
    }

    private static CaptureEvent AsChunk(CaptureEvent e)
    {
        if (e.Kind != EventKinds.Frame)
        {
            return e;
        }

        var frame = FrameWriter.Frame(e.Data!);
        var prefixed = e.Direction == CaptureEvent.Client && HandshakePayloads.TryReadVersionRange(e.Data!, out _);
        return e with { Kind = EventKinds.Chunk, Data = prefixed ? [.. "API\0"u8, .. frame] : frame };
    }
}
