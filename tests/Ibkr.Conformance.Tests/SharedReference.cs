namespace Ibkr.Conformance.Tests;

/// <summary>
/// The reference sets in <c>../shared</c> (beside the repository). They belong to other projects:
/// read and run here, never copied in.
/// </summary>
internal static class SharedReference
{
    public static string? Root { get; } = Find();

    public static string GoldenWire => Path.Combine(Root ?? string.Empty, "protocol", "golden-wire.jsonl");

    /// <summary>Skips loudly when the shared folder is not beside the checkout.</summary>
    public static void Require()
    {
        Assert.SkipWhen(Root is null, "CONFORMANCE NOT RUN: ../shared (reference transcripts and golden payloads) is not beside this checkout.");
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ibkr.Orleans.sln")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
