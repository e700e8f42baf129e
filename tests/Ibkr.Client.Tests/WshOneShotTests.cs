using Ibkr.Contracts.Requests;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Wall Street Horizon one-shots through the facade: each answered request is cancelled on the Gateway.</summary>
public sealed class WshOneShotTests
{
    [Fact]
    public async Task Metadata_then_event_data_return_the_Gateway_JSON_and_each_request_is_cancelled_once_answered()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("wsh_meta_and_event_data.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var meta = await cluster.Client.Wsh.MetaDataAsync(Streams.Bounded());
        var events = await cluster.Client.Wsh.EventDataAsync(new WshEventDataQuery { ConId = 265598, TotalLimit = 10 }, Streams.Bounded());

        Assert.Equal("{\"validated_filters\":{\"wshe_ed\":\"Earnings Date\",\"wshe_div\":\"Dividend\"}}", meta);
        Assert.Equal("[{\"index_date_type\":\"wshe_ed\",\"event_type\":\"wshe_ed\",\"data\":{\"earnings_date\":\"20260430\",\"time_of_day\":\"AMC\"}}]", events);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_refused_metadata_request_fails_with_the_Gateway_code_and_is_not_cancelled()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fault_wsh_meta_data_not_allowed.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var error = await Assert.ThrowsAsync<IbkrApiException>(() => cluster.Client.Wsh.MetaDataAsync(Streams.Bounded()));
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal(10276, error.Code);
        Assert.Equal(1775484401, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
