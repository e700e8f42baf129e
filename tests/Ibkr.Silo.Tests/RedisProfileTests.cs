using StackExchange.Redis;

namespace Ibkr.Silo.Tests;

/// <summary>The cluster profile against a real redis-server: Redis membership, grain state and reminders.</summary>
public sealed class RedisProfileTests(RedisServer redis)
{
    [Fact]
    public async Task State_written_on_one_silo_is_read_by_the_other_after_the_first_goes_down()
    {
        var serviceId = $"redis-{Guid.NewGuid():N}";
        await using var first = await TestSilo.StartAsync(TestSilo.Cluster(redis.ConnectionString, serviceId, "cluster-a"));
        await using var second = await TestSilo.StartAsync(TestSilo.Cluster(redis.ConnectionString, serviceId, "cluster-a"));

        // PreferLocalPlacement: the grain activates on the silo whose grain factory calls it first.
        var onFirst = await first.Grains.GetGrain<IStateTestGrain>("position-1").WriteAsync("AAPL", 150.25m);
        await first.StopAsync();
        var onSecond = await second.Grains.GetGrain<IStateTestGrain>("position-1").GetAsync();

        Assert.NotEqual(onFirst.Silo, onSecond.Silo);
        Assert.True(onSecond.RecordExists);
        Assert.Equal(onFirst.ETag, onSecond.ETag);
        Assert.Equal("AAPL", onSecond.Text);
        Assert.Equal(150.25m, onSecond.Amount);

        // The state really is in Redis, under this service's keys.
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: $"*{serviceId}*").Select(key => key.ToString()).ToArray();
        Assert.Contains(keys, key => key.Contains("position-1", StringComparison.Ordinal));
    }
}
