namespace Ibkr.Protocol.Tests.Transcripts;

/// <summary>The ibkr-go transcript corpus in <c>../shared</c> beside the checkout; read at run time, never copied in.</summary>
internal static class ReferenceCorpus
{
    public static string? Folder { get; } = Find();

    public static void Require() =>
        Assert.SkipWhen(Folder is null, "CORPUS NOT READ: ../shared/reference/ibkr-go-transcripts is not beside this checkout.");

    public static IReadOnlyList<string> Files() =>
        Folder is null ? [] : [.. Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ibkr.Orleans.sln")))
            {
                var folder = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", "reference", "ibkr-go-transcripts");
                return Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }
}
