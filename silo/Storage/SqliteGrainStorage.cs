using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Ibkr.Silo.Storage;

/// <summary>
/// Orleans grain storage in one SQLite file (the embedded profile's storage). A row is keyed by service id, grain
/// type, grain id and state name; every write and clear carries the ETag the grain last saw and fails with
/// <see cref="InconsistentStateException"/> when the stored one differs, so a stale activation (a second silo, a
/// duplicate activation after a partition) can never overwrite newer state.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite has no truly asynchronous I/O, so each operation runs on the thread pool rather than on
/// the Orleans scheduler thread that called it. The file is in WAL mode with <c>synchronous=FULL</c>: a write
/// that returned is on disk, and readers never block the writer.
/// </remarks>
public sealed partial class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly string _serviceId;
    private readonly SqliteGrainStorageOptions _options;
    private readonly IActivatorProvider _activators;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly string _connectionSetup;

    /// <summary>Creates the provider; the schema is created at <see cref="SqliteGrainStorageOptions.InitStage"/>.</summary>
    public SqliteGrainStorage(
        string name,
        string serviceId,
        SqliteGrainStorageOptions options,
        IActivatorProvider activators,
        ILogger<SqliteGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        ArgumentNullException.ThrowIfNull(options.GrainStorageSerializer);
        _name = name;
        _serviceId = serviceId;
        _options = options;
        _activators = activators;
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(options.DatabasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _connectionSetup = FormattableString.Invariant(
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;");
    }

    /// <summary>The database file this provider uses.</summary>
    public string DatabasePath => Path.GetFullPath(_options.DatabasePath);

    /// <inheritdoc/>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<SqliteGrainStorage>(_name), _options.InitStage, InitializeAsync);

    /// <summary>Creates the folder, the file and the schema when missing; refuses a newer schema.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.Run(
        () =>
        {
            try
            {
                CreateSchema();
            }
            catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
            {
                throw new SqliteGrainStorageException(
                    $"SQLite grain storage '{_name}': cannot prepare {DatabasePath}: {exception.Message}", exception);
            }

            LogInitialized(_logger, _name, DatabasePath);
        },
        cancellationToken);

    private void CreateSchema()
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");

        // BEGIN IMMEDIATE takes the write lock first, so two silos creating the schema at once queue up.
        Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            if (version > SqliteGrainStorageSchema.Version)
            {
                throw new SqliteGrainStorageException(
                    $"SQLite grain storage '{_name}': {DatabasePath} has schema version {version}; this silo understands up to {SqliteGrainStorageSchema.Version}");
            }

            Execute(connection, SqliteGrainStorageSchema.Create);
            Execute(connection, $"PRAGMA user_version = {SqliteGrainStorageSchema.Version};");
            Execute(connection, "COMMIT;");
        }
        catch
        {
            Execute(connection, "ROLLBACK;");
            throw;
        }
    }

    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        return Run("read", stateName, grainId, connection =>
        {
            using var command = Command(connection, SqliteGrainStorageSchema.Read, stateName, grainId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                grainState.State = CreateInstance<T>();
                grainState.ETag = null;
                grainState.RecordExists = false;
                return;
            }

            var etag = reader.GetString(0);
            if (reader.IsDBNull(1))
            {
                grainState.State = CreateInstance<T>();
                grainState.RecordExists = false;
            }
            else
            {
                var payload = (byte[])reader.GetValue(1);
                grainState.State = _options.GrainStorageSerializer.Deserialize<T>(new BinaryData(payload)) ?? CreateInstance<T>();
                grainState.RecordExists = true;
            }

            grainState.ETag = etag;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = _options.GrainStorageSerializer.Serialize(grainState.State).ToArray();
        return Run("write", stateName, grainId, connection =>
        {
            grainState.ETag = Put(connection, "write", stateName, grainId, grainState.ETag, payload);
            grainState.RecordExists = true;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        return Run("clear", stateName, grainId, connection =>
        {
            string? etag = null;
            if (grainState.ETag is null)
            {
                // Nothing was stored as far as this grain knows: that is true only if no row exists.
                using var probe = Command(connection, SqliteGrainStorageSchema.ReadETag, stateName, grainId);
                if (probe.ExecuteScalar() is string)
                {
                    throw Conflict(connection, "clear", stateName, grainId, expected: null);
                }
            }
            else if (_options.DeleteStateOnClear)
            {
                using var command = Command(connection, SqliteGrainStorageSchema.Delete, stateName, grainId);
                command.Parameters.AddWithValue("$expected", grainState.ETag);
                if (command.ExecuteNonQuery() == 0)
                {
                    throw Conflict(connection, "clear", stateName, grainId, grainState.ETag);
                }
            }
            else
            {
                etag = Put(connection, "clear", stateName, grainId, grainState.ETag, payload: null);
            }

            grainState.State = CreateInstance<T>();
            grainState.ETag = etag;
            grainState.RecordExists = false;
        }, cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="payload"/> (null: a cleared row) where the stored ETag is <paramref name="expected"/>
    /// (null: where no row exists yet) and returns the new ETag; a mismatch throws the conflict.
    /// </summary>
    private string Put(SqliteConnection connection, string operation, string stateName, GrainId grainId, string? expected, byte[]? payload)
    {
        var etag = NewETag();
        var sql = expected is null ? SqliteGrainStorageSchema.Insert : SqliteGrainStorageSchema.Update;
        using var command = Command(connection, sql, stateName, grainId);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$payload", (object?)payload ?? DBNull.Value);
        command.Parameters.AddWithValue("$updated", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        if (expected is not null)
        {
            command.Parameters.AddWithValue("$expected", expected);
        }

        if (command.ExecuteNonQuery() == 0)
        {
            throw Conflict(connection, operation, stateName, grainId, expected);
        }

        return etag;
    }

    private Task Run(string operation, string stateName, GrainId grainId, Action<SqliteConnection> body, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                try
                {
                    using var connection = Open();
                    body(connection);
                }
                catch (SqliteException exception)
                {
                    throw new SqliteGrainStorageException(
                        $"SQLite grain storage '{_name}' ({DatabasePath}): {operation} of state '{stateName}' for grain {grainId} failed: {exception.Message}",
                        exception);
                }
            },
            cancellationToken);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Execute(connection, _connectionSetup);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$service", _serviceId);
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$id", grainId.Key.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        return command;
    }

    private InconsistentStateException Conflict(SqliteConnection connection, string operation, string stateName, GrainId grainId, string? expected)
    {
        using var probe = Command(connection, SqliteGrainStorageSchema.ReadETag, stateName, grainId);
        var stored = probe.ExecuteScalar() as string;
        LogConflict(_logger, _name, operation, stateName, grainId, expected, stored);
        return new InconsistentStateException(
            $"SQLite grain storage '{_name}': {operation} of state '{stateName}' for grain {grainId} expected ETag {expected ?? "(none)"} but the stored ETag is {stored ?? "(none)"}",
            stored,
            expected);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private T CreateInstance<T>() => _activators.GetActivator<T>().Create();

    private static string NewETag() => Guid.NewGuid().ToString("N");

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite grain storage '{Name}' ready at {Path}")]
    private static partial void LogInitialized(ILogger logger, string name, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite grain storage '{Name}': {Operation} of '{State}' for {GrainId} conflicted (expected ETag {Expected}, stored {Stored})")]
    private static partial void LogConflict(ILogger logger, string name, string operation, string state, GrainId grainId, string? expected, string? stored);
}
