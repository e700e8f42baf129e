using Orleans.Storage;

namespace Ibkr.Silo.Tests;

/// <summary>The embedded profile end to end: grain state in the SQLite file under the data directory.</summary>
public sealed class EmbeddedProfileTests
{
    [Fact]
    public async Task Grain_state_survives_a_full_restart_on_the_same_file_and_service_id()
    {
        using var data = new TempDirectory();
        StoredValue written;
        await using (var first = await TestSilo.StartAsync(TestSilo.Embedded(data.Path, serviceId: "restart")))
        {
            var grain = first.Grains.GetGrain<IStateTestGrain>("order-1");
            await grain.WriteAsync("placed", 100m);
            written = await grain.WriteAsync("filled", 235m);
        }

        Assert.True(File.Exists(Path.Combine(data.Path, "grain-state.db")));
        await using (var second = await TestSilo.StartAsync(TestSilo.Embedded(data.Path, serviceId: "restart")))
        {
            var read = await second.Grains.GetGrain<IStateTestGrain>("order-1").GetAsync();

            Assert.True(read.RecordExists);
            Assert.Equal(written.ETag, read.ETag);
            Assert.Equal("filled", read.Text);
            Assert.Equal(235m, read.Amount);
            Assert.Equal(2, read.Writes);
            Assert.False((await second.Grains.GetGrain<IStateTestGrain>("order-2").GetAsync()).RecordExists);
        }

        await using (var otherService = await TestSilo.StartAsync(TestSilo.Embedded(data.Path, serviceId: "another-service")))
        {
            var read = await otherService.Grains.GetGrain<IStateTestGrain>("order-1").GetAsync();

            Assert.False(read.RecordExists);
            Assert.Null(read.ETag);
        }
    }

    [Fact]
    public async Task Clearing_through_a_grain_survives_a_restart()
    {
        using var data = new TempDirectory();
        await using (var first = await TestSilo.StartAsync(TestSilo.Embedded(data.Path)))
        {
            var grain = first.Grains.GetGrain<IStateTestGrain>("cleared");
            await grain.WriteAsync("soon gone", 1m);
            var cleared = await grain.ClearAsync();

            Assert.False(cleared.RecordExists);
            Assert.Equal(0, cleared.Writes);
        }

        await using var second = await TestSilo.StartAsync(TestSilo.Embedded(data.Path));
        var read = await second.Grains.GetGrain<IStateTestGrain>("cleared").GetAsync();
        Assert.False(read.RecordExists);
        Assert.Equal(string.Empty, read.Text);
    }

    [Fact]
    public async Task Two_clusters_sharing_a_file_cannot_overwrite_each_other_and_the_stale_one_reloads()
    {
        // Same ServiceId, different clusters: the same grain is active twice (as after a split brain). The
        // activation that writes second holds a stale ETag, gets InconsistentStateException, and is deactivated,
        // so its next call reads the winner's state.
        using var data = new TempDirectory();
        var a = TestSilo.Embedded(data.Path, serviceId: "shared");
        var b = TestSilo.Embedded(data.Path, serviceId: "shared");
        b["Ibkr:Orleans:ClusterId"] = "other-cluster";
        await using var siloA = await TestSilo.StartAsync(a);
        await using var siloB = await TestSilo.StartAsync(b);
        var inA = siloA.Grains.GetGrain<IStateTestGrain>("contested");
        var inB = siloB.Grains.GetGrain<IStateTestGrain>("contested");
        Assert.False((await inA.GetAsync()).RecordExists);

        var winner = await inB.WriteAsync("from B", 2m);
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => inA.WriteAsync("from A", 1m));
        var reloaded = await inA.GetAsync();

        Assert.Equal(winner.ETag, conflict.StoredEtag);
        Assert.Null(conflict.CurrentEtag);
        Assert.Equal("from B", reloaded.Text);
        Assert.Equal(winner.ETag, reloaded.ETag);
    }
}
