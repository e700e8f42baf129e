using Ibkr.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Ibkr.Silo.Tests;

/// <summary>
/// One embedded silo for the storage-semantics tests: its default provider keeps cleared rows, and a second provider
/// on the same file ("deleting") deletes them. Each test uses its own grain ids.
/// </summary>
public sealed class SqliteStorageFixture : IAsyncLifetime
{
    public const string Deleting = "deleting";

    private readonly TempDirectory _data = new();
    private TestSilo? _silo;

    public string DatabasePath => Path.Combine(_data.Path, "grain-state.db");

    public IServiceProvider Services => _silo!.App.Services;

    public IGrainStorage Keeping => Services.GetRequiredKeyedService<IGrainStorage>("Default");

    public IGrainStorage DeletingStorage => Services.GetRequiredKeyedService<IGrainStorage>(Deleting);

    public async ValueTask InitializeAsync() =>
        _silo = await TestSilo.StartAsync(
            TestSilo.Embedded(_data.Path),
            configureSilo: silo => silo.AddSqliteGrainStorage(Deleting, options =>
            {
                options.DatabasePath = DatabasePath;
                options.DeleteStateOnClear = true;
            }));

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        _data.Dispose();
    }
}
