namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>Something wrong in a capture file, located by file name and 1-based line (0 when it is about the whole file).</summary>
internal sealed record CaptureProblem(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
