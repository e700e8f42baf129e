namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>A capture directory read and framed: its meta, raw events and rebuilt frames, or the first problem.</summary>
internal sealed record CaptureReadResult(string Directory, CaptureMeta? Meta, IReadOnlyList<LineEvent> Events, RebuiltCapture? Rebuilt, CaptureProblem? Problem)
{
    /// <summary>Reads meta.json and events.jsonl and rebuilds the frames; stops at the first problem.</summary>
    public static CaptureReadResult Load(string directory)
    {
        var metaPath = Path.Combine(directory, CaptureFiles.Meta);
        if (!File.Exists(metaPath))
        {
            return new(directory, null, [], null, new CaptureProblem(CaptureFiles.Meta, 0, "missing"));
        }

        var (meta, metaProblem) = CaptureMeta.Parse(File.ReadAllText(metaPath));
        if (metaProblem is not null)
        {
            return new(directory, null, [], null, new CaptureProblem(CaptureFiles.Meta, 0, metaProblem));
        }

        var (events, problem) = EventReader.Read(Path.Combine(directory, CaptureFiles.Events));
        if (problem is not null)
        {
            return new(directory, meta, events, null, problem);
        }

        var rebuilt = FrameRebuilder.Rebuild(events);
        return new(directory, meta, events, rebuilt, rebuilt.Problem);
    }
}
