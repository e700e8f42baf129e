using Ibkr.Silo.Storage;
using Orleans.TestingHost;

namespace Ibkr.Silo.Tests;

/// <summary>Two silos of one cluster (Orleans' in-process test cluster) with their default storage on one SQLite file.</summary>
public sealed class SharedFileClusterTests
{
    [Fact]
    public async Task Two_silos_write_concurrently_to_one_file_and_the_survivor_reads_everything()
    {
        using var data = new TempDirectory();
        var path = Path.Combine(data.Path, "shared.db");
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ServiceId = "shared-file";
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddSqliteGrainStorageAsDefault(options => options.DatabasePath = path));
        await using var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);

        var keys = Enumerable.Range(0, 40).Select(i => $"grain-{i}").ToArray();
        var rounds = await Task.WhenAll(keys.Select(async key =>
        {
            var grain = cluster.Client.GetGrain<IStateTestGrain>(key);
            StoredValue last = await grain.WriteAsync(key, 0m);
            for (var round = 1; round < 5; round++)
            {
                last = await grain.WriteAsync(key, round);
            }

            return last;
        }));

        Assert.All(rounds, value => Assert.Equal(5, value.Writes));
        Assert.Equal(2, rounds.Select(value => value.Silo).Distinct().Count());

        await cluster.StopSiloAsync(cluster.Silos[0], TestContext.Current.CancellationToken);
        var survivors = await Task.WhenAll(keys.Select(key => cluster.Client.GetGrain<IStateTestGrain>(key).GetAsync()));

        Assert.Single(survivors.Select(value => value.Silo).Distinct());
        Assert.All(survivors.Zip(keys), pair =>
        {
            Assert.Equal(pair.Second, pair.First.Text);
            Assert.Equal(4m, pair.First.Amount);
            Assert.Equal(5, pair.First.Writes);
        });
    }
}
