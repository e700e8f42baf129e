using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>
/// <c>ibkr normalize</c>: frames.jsonl beside events.jsonl and, on request, a transcript. Every run rewrites
/// the outputs, so running it twice gives the same files.
/// </summary>
internal static class Normalizer
{
    public static (CaptureReadResult Capture, Transcript? Transcript) Run(string directory, string? transcriptOut)
    {
        var capture = CaptureReadResult.Load(directory);
        if (capture.Problem is not null)
        {
            return (capture, null);
        }

        var lines = capture.Rebuilt!.Events.Select(CaptureEventJson.Write);
        File.WriteAllText(Path.Combine(directory, CaptureFiles.Frames), string.Concat(lines.Select(l => l + "\n")));
        if (transcriptOut is null)
        {
            return (capture, null);
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var transcript = TranscriptBuilder.Build(transcriptOut, capture.Meta, name, capture.Rebuilt.Events);
        var parent = Path.GetDirectoryName(Path.GetFullPath(transcriptOut));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }

        File.WriteAllText(transcriptOut, TranscriptWriter.Write(transcript));
        return (capture, transcript);
    }
}
