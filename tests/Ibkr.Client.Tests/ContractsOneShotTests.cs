using Ibkr.Contracts.Instruments;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Contract reference one-shots through the facade: fundamentals and depth exchanges.</summary>
public sealed class ContractsOneShotTests
{
    [Fact]
    public async Task A_fundamentals_report_is_returned_as_the_Gateway_XML()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fundamental_data_report_snapshot.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var xml = await cluster.Client.Contracts.FundamentalDataAsync(Contract.Stock("AAPL") with { ConId = 265598 }, "ReportSnapshot", Streams.Bounded());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ReportSnapshot", xml, StringComparison.Ordinal);
        Assert.Contains("<IssueID Type=\"Ticker\">AAPL</IssueID>", xml, StringComparison.Ordinal);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Depth_exchanges_list_every_exchange_with_its_service_type_and_group()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("mkt_depth_exchanges_list.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var exchanges = await cluster.Client.Contracts.DepthExchangesAsync(Streams.Bounded());

        Assert.Equal(
            [
                new DepthExchange { Exchange = "NASDAQ", SecType = "STK", ListingExchange = "NASDAQ", ServiceDataType = "Deep2", AggregationGroup = 1 },
                new DepthExchange { Exchange = "ARCA", SecType = "STK", ListingExchange = "NYSE", ServiceDataType = "Deep", AggregationGroup = 1 },
                new DepthExchange { Exchange = "CME", SecType = "FUT", ListingExchange = "", ServiceDataType = "Deep", AggregationGroup = null },
            ],
            exchanges);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
