using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Gateway-level reference one-shots through the facade: display groups and scanner parameters.</summary>
public sealed class GatewayReferenceOneShotTests
{
    [Fact]
    public async Task Display_groups_are_listed_by_id()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("display_groups_query_list.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var groups = await cluster.Client.DisplayGroups.ListAsync(Streams.Bounded());

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], groups);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Scanner_parameters_are_the_whole_XML_document()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("scanner_parameters_xml.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var xml = await cluster.Client.Scanner.ParametersAsync(Streams.Bounded());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ScanParameterResponse>", xml, StringComparison.Ordinal);
        Assert.EndsWith("</ScanParameterResponse>", xml, StringComparison.Ordinal);
        Assert.Contains("<scanCode>TOP_PERC_GAIN</scanCode>", xml, StringComparison.Ordinal);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
