namespace Ibkr.Client.Tests;

/// <summary>Paths of the project's own transcripts (<c>transcripts/</c> at the repository root).</summary>
internal static class Transcripts
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ibkr.Orleans.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "transcripts");
            }
        }

        throw new InvalidOperationException("repository root (Ibkr.Orleans.sln) not found above " + AppContext.BaseDirectory);
    });

    public static string Path(string name) => System.IO.Path.Combine(Root.Value, name);
}
