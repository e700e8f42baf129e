using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Sessions;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Bootstrap and one-shots through the facade, against the replay host.</summary>
public sealed class SessionAndOneShotTests
{
    private static readonly Contract Aapl = new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    [Fact]
    public async Task Connecting_reports_the_bootstrap_and_the_current_time_completes_on_its_reply()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("bootstrap_accounts_then_next_id.txt"));

        var info = await cluster.Client.ConnectAsync(Streams.Bounded());
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal(SessionStatus.Ready, info.Status);
        Assert.Equal(1, info.ConnectionSeq);
        Assert.Equal(["DU0000001", "DU0000002"], info.ManagedAccounts);
        Assert.Equal(1, info.NextValidId);
        Assert.Equal(200, info.ServerVersion);
        Assert.Equal(1775481901, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Qualifying_a_stock_returns_the_one_contract_the_Gateway_describes()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("contract_details_stock_with_end.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var contract = await cluster.Client.Contracts.QualifyAsync(Aapl, Streams.Bounded());

        Assert.Equal(265598, contract.ConId);
        Assert.Equal("NASDAQ", contract.PrimaryExchange);
        Assert.Equal("NMS", contract.TradingClass);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task An_unknown_contract_fails_with_the_Gateway_error_and_the_session_goes_on()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("contract_details_no_security_200.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var error = await Assert.ThrowsAsync<IbkrApiException>(() =>
            cluster.Client.Contracts.DetailsAsync(Aapl with { Symbol = "ZZZQX" }, Streams.Bounded()));
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal(200, error.Code);
        Assert.Contains("No security definition", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1775481911, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
