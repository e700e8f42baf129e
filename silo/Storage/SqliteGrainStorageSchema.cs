namespace Ibkr.Silo.Storage;

/// <summary>
/// The project's own schema for grain state in SQLite: one table, one row per grain state, versioned with
/// <c>PRAGMA user_version</c>. Documented in <c>docs/operations.md</c>.
/// </summary>
internal static class SqliteGrainStorageSchema
{
    /// <summary>The schema version this code reads and writes.</summary>
    public const int Version = 1;

    /// <summary>Creates the table when it is missing; run inside a write transaction.</summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS grain_state (
            service_id  TEXT NOT NULL,
            grain_type  TEXT NOT NULL,
            grain_id    TEXT NOT NULL,
            state_name  TEXT NOT NULL,
            etag        TEXT NOT NULL,
            payload     BLOB,
            updated_utc TEXT NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_id, state_name)
        ) WITHOUT ROWID;
        """;

    private const string Key =
        "service_id = $service AND grain_type = $type AND grain_id = $id AND state_name = $state";

    public const string Read = "SELECT etag, payload FROM grain_state WHERE " + Key + ";";

    public const string ReadETag = "SELECT etag FROM grain_state WHERE " + Key + ";";

    /// <summary>First write of a state: succeeds only when no row exists (a cleared row still counts).</summary>
    public const string Insert = """
        INSERT INTO grain_state (service_id, grain_type, grain_id, state_name, etag, payload, updated_utc)
        VALUES ($service, $type, $id, $state, $etag, $payload, $updated)
        ON CONFLICT DO NOTHING;
        """;

    /// <summary>Later writes and keeping clears: succeed only when the stored ETag is the expected one.</summary>
    public const string Update =
        "UPDATE grain_state SET etag = $etag, payload = $payload, updated_utc = $updated WHERE " + Key +
        " AND etag = $expected;";

    public const string Delete = "DELETE FROM grain_state WHERE " + Key + " AND etag = $expected;";
}
