using Orleans.Storage;

namespace Ibkr.Silo.Storage;

/// <summary>Settings of one <see cref="SqliteGrainStorage"/> provider.</summary>
public sealed class SqliteGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>
    /// The database file. Created with its folder and schema on first use. Several silos (one process or many on
    /// one machine) may share it: the file is in WAL mode and every write checks the ETag.
    /// </summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>
    /// What <c>ClearStateAsync</c> does with the row: <see langword="false"/> (the default, as the Redis provider)
    /// keeps it with no payload and a new ETag, so a stale writer still conflicts; <see langword="true"/> deletes it.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>How long a statement waits for another connection's write lock before it fails.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The silo lifecycle stage at which the schema is created or checked.</summary>
    public int InitStage { get; set; } = ServiceLifecycleStage.ApplicationServices;

    /// <summary>
    /// Serializes grain state. Left unset, it is the silo's <see cref="IGrainStorageSerializer"/> service (see
    /// <c>docs/operations.md</c>: the Ibkr silo registers the Orleans serializer there).
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
