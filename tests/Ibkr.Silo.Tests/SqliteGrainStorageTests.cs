using Ibkr.Silo.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Ibkr.Silo.Tests;

/// <summary>The IGrainStorage contract of <see cref="SqliteGrainStorage"/>, on the providers a running silo resolved.</summary>
public sealed class SqliteGrainStorageTests(SqliteStorageFixture fixture) : IClassFixture<SqliteStorageFixture>
{
    private const string StateName = "test";

    private static GrainId NewGrain() => GrainId.Create("storage-test", Guid.NewGuid().ToString("N"));

    private static TestState State(string text, decimal amount) => new() { Text = text, Amount = amount };

    private static async Task<GrainState<TestState>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    [Fact]
    public async Task Reading_a_state_never_written_gives_a_fresh_instance_no_etag_and_no_record()
    {
        var state = new GrainState<TestState> { State = State("stale", 1m), ETag = "stale", RecordExists = true };

        await fixture.Keeping.ReadStateAsync(StateName, NewGrain(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(string.Empty, state.State.Text);
        Assert.Equal(0m, state.State.Amount);
    }

    [Fact]
    public async Task A_written_state_reads_back_with_its_etag_and_exact_decimal()
    {
        var grain = NewGrain();
        var written = new GrainState<TestState> { State = State("AAPL", 189.1000m) };

        await fixture.Keeping.WriteStateAsync(StateName, grain, written);
        var read = await ReadAsync(fixture.Keeping, grain);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("AAPL", read.State!.Text);
        Assert.Equal("189.1000", read.State.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Each_write_gets_a_new_etag()
    {
        var grain = NewGrain();
        var state = new GrainState<TestState> { State = State("a", 1m) };

        await fixture.Keeping.WriteStateAsync(StateName, grain, state);
        var first = state.ETag;
        state.State.Amount = 2m;
        await fixture.Keeping.WriteStateAsync(StateName, grain, state);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal(2m, (await ReadAsync(fixture.Keeping, grain)).State!.Amount);
    }

    [Fact]
    public async Task A_writer_with_a_stale_etag_conflicts_and_changes_nothing()
    {
        var grain = NewGrain();
        await fixture.Keeping.WriteStateAsync(StateName, grain, new GrainState<TestState> { State = State("v1", 1m) });
        var first = await ReadAsync(fixture.Keeping, grain);
        var second = await ReadAsync(fixture.Keeping, grain);
        var staleETag = second.ETag;

        first.State!.Text = "from first";
        await fixture.Keeping.WriteStateAsync(StateName, grain, first);
        second.State!.Text = "from second";
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Keeping.WriteStateAsync(StateName, grain, second));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(staleETag, conflict.CurrentEtag);
        Assert.Equal(staleETag, second.ETag);
        Assert.Equal("from first", (await ReadAsync(fixture.Keeping, grain)).State!.Text);
    }

    [Fact]
    public async Task Two_first_writers_conflict_on_the_second()
    {
        var grain = NewGrain();
        await fixture.Keeping.WriteStateAsync(StateName, grain, new GrainState<TestState> { State = State("one", 1m) });

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => fixture.Keeping.WriteStateAsync(StateName, grain, new GrainState<TestState> { State = State("two", 2m) }));

        Assert.Null(conflict.CurrentEtag);
        Assert.NotNull(conflict.StoredEtag);
        Assert.Equal("one", (await ReadAsync(fixture.Keeping, grain)).State!.Text);
    }

    [Fact]
    public async Task Clearing_keeps_the_row_with_a_new_etag_so_stale_writers_still_conflict()
    {
        var grain = NewGrain();
        var state = new GrainState<TestState> { State = State("x", 5m) };
        await fixture.Keeping.WriteStateAsync(StateName, grain, state);
        var stale = await ReadAsync(fixture.Keeping, grain);

        await fixture.Keeping.ClearStateAsync(StateName, grain, state);
        var read = await ReadAsync(fixture.Keeping, grain);

        Assert.NotNull(state.ETag);
        Assert.NotEqual(stale.ETag, state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(string.Empty, state.State.Text);
        Assert.Equal(state.ETag, read.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal(0m, read.State!.Amount);
        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Keeping.WriteStateAsync(StateName, grain, stale));

        read.State.Text = "again";
        await fixture.Keeping.WriteStateAsync(StateName, grain, read);
        Assert.Equal("again", (await ReadAsync(fixture.Keeping, grain)).State!.Text);
    }

    [Fact]
    public async Task Clearing_with_delete_removes_the_row_and_the_etag()
    {
        var grain = NewGrain();
        var state = new GrainState<TestState> { State = State("x", 5m) };
        await fixture.DeletingStorage.WriteStateAsync(StateName, grain, state);

        await fixture.DeletingStorage.ClearStateAsync(StateName, grain, state);
        var read = await ReadAsync(fixture.DeletingStorage, grain);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
        await fixture.DeletingStorage.WriteStateAsync(StateName, grain, read);
        Assert.True((await ReadAsync(fixture.DeletingStorage, grain)).RecordExists);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_conflicts_and_keeps_the_state()
    {
        var grain = NewGrain();
        var state = new GrainState<TestState> { State = State("kept", 5m) };
        await fixture.DeletingStorage.WriteStateAsync(StateName, grain, state);
        var stale = new GrainState<TestState> { ETag = "not-the-stored-etag" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.DeletingStorage.ClearStateAsync(StateName, grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.DeletingStorage.ClearStateAsync(StateName, grain, new GrainState<TestState>()));
        Assert.Equal("kept", (await ReadAsync(fixture.DeletingStorage, grain)).State!.Text);
    }

    [Fact]
    public async Task Grain_type_grain_id_and_state_name_each_separate_rows()
    {
        var key = Guid.NewGuid().ToString("N");
        var grain = GrainId.Create("storage-test", key);
        await fixture.Keeping.WriteStateAsync(StateName, grain, new GrainState<TestState> { State = State("base", 1m) });

        Assert.Null((await ReadAsync(fixture.Keeping, GrainId.Create("other-type", key))).ETag);
        Assert.Null((await ReadAsync(fixture.Keeping, GrainId.Create("storage-test", key + "x"))).ETag);
        var otherState = new GrainState<TestState>();
        await fixture.Keeping.ReadStateAsync("other-state", grain, otherState);
        Assert.Null(otherState.ETag);
    }

    [Fact]
    public async Task The_database_is_in_wal_mode_with_the_documented_schema()
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; PRAGMA user_version; SELECT group_concat(name, ',') FROM pragma_table_info('grain_state');";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);

        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal("wal", reader.GetString(0));
        Assert.True(await reader.NextResultAsync(TestContext.Current.CancellationToken) && await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.True(await reader.NextResultAsync(TestContext.Current.CancellationToken) && await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal("service_id,grain_type,grain_id,state_name,etag,payload,updated_utc", reader.GetString(0));
    }

    [Fact]
    public async Task A_file_with_a_newer_schema_is_refused_with_its_version()
    {
        using var data = new TempDirectory();
        var path = Path.Combine(data.Path, "newer.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 7;";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var storage = new SqliteGrainStorage(
            "newer",
            "silo-tests",
            new SqliteGrainStorageOptions { DatabasePath = path, GrainStorageSerializer = fixture.Services.GetRequiredService<IGrainStorageSerializer>() },
            fixture.Services.GetRequiredService<IActivatorProvider>(),
            NullLogger<SqliteGrainStorage>.Instance);

        var error = await Assert.ThrowsAsync<SqliteGrainStorageException>(() => storage.InitializeAsync(TestContext.Current.CancellationToken));
        Assert.Contains("schema version 7", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
