using Microsoft.Data.Sqlite;

namespace Ibkr.Silo.Tests;

/// <summary>A fresh folder for one test's data files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ibkr-silo-tests-").FullName;

    public void Dispose()
    {
        // Pooled SQLite connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
