namespace Ibkr.Cli.Commands;

/// <summary>Turns command-line paths into transcript files: files as given, folders as every *.txt below.</summary>
internal static class TranscriptFiles
{
    /// <summary>The files, in a stable order; false (after printing why) when a path does not exist.</summary>
    public static bool TryExpand(CliConsole console, IReadOnlyList<string> paths, out List<string> files)
    {
        files = [];
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                console.Error.WriteLine($"error: {path}: no such file or directory");
                return false;
            }
        }

        return true;
    }
}
