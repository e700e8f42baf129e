using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.Requests;
using Ibkr.TestHost.Cluster;

namespace Ibkr.Client.Tests;

/// <summary>Advisor and login one-shots through the facade: family codes, soft-dollar tiers, FA configuration, user info.</summary>
public sealed class AdvisorsOneShotTests
{
    [Fact]
    public async Task Family_codes_name_one_code_per_account()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("family_codes_list.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var codes = await cluster.Client.Advisors.FamilyCodesAsync(Streams.Bounded());

        Assert.Equal(
            [new FamilyCode { AccountId = "DU0000001", Code = "F0000001" }, new FamilyCode { AccountId = "DU0000002", Code = "F0000001" }],
            codes);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task Soft_dollar_tiers_carry_name_value_and_display_name()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("soft_dollar_tiers_list.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var tiers = await cluster.Client.Advisors.SoftDollarTiersAsync(Streams.Bounded());

        Assert.Equal(
            [
                new SoftDollarTier { Name = "t-tier", Value = "1", DisplayName = "Tier 1" },
                new SoftDollarTier { Name = "t-tier", Value = "2", DisplayName = "Tier 2" },
            ],
            tiers);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task The_FA_groups_come_back_as_the_Gateway_XML()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("fa_request_receive_groups.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var xml = await cluster.Client.Advisors.FaConfigAsync(FaDataType.Groups, Streams.Bounded());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListOfGroups>", xml, StringComparison.Ordinal);
        Assert.Contains("<name>t-group-1</name>", xml, StringComparison.Ordinal);
        Assert.Contains("<String>DU0000003</String>", xml, StringComparison.Ordinal);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task User_info_of_a_regular_login_has_an_empty_white_branding_id()
    {
        await using var cluster = await ReplayCluster.StartAsync(Transcripts.Path("user_info_white_branding.txt"));
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var whiteBrandingId = await cluster.Client.Advisors.UserInfoAsync(Streams.Bounded());

        Assert.Equal(string.Empty, whiteBrandingId);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_request_refused_without_an_id_fails_with_that_error_when_its_wait_ends()
    {
        await using var cluster = await ReplayCluster.StartAsync(
            Transcripts.Path("fa_config_refused_without_request_id.txt"),
            new ReplayClusterOptions { SingletonRequestTimeout = TimeSpan.FromSeconds(1) });
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var error = await Assert.ThrowsAsync<IbkrApiException>(() => cluster.Client.Advisors.FaConfigAsync(FaDataType.Groups, Streams.Bounded()));
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.Equal(321, error.Code);
        Assert.Equal(-1, error.Error.RequestId);
        Assert.Contains("FA data operations ignored for non FA customers", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1775481905, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }

    [Fact]
    public async Task A_request_answered_without_an_id_that_gets_no_answer_fails_retryably_when_its_wait_ends()
    {
        await using var cluster = await ReplayCluster.StartAsync(
            Transcripts.Path("family_codes_unanswered.txt"),
            new ReplayClusterOptions { SingletonRequestTimeout = TimeSpan.FromSeconds(1) });
        await cluster.Client.ConnectAsync(Streams.Bounded());

        var failure = await Assert.ThrowsAsync<IbkrException>(() => cluster.Client.Advisors.FamilyCodesAsync(Streams.Bounded()));
        var time = await cluster.Client.Tws.CurrentTimeAsync(Streams.Bounded());

        Assert.True(failure.Retryable);
        Assert.Equal("no answer from the Gateway within 1s", failure.Message);
        Assert.Equal(1775481906, time);
        Assert.True((await cluster.WaitForScriptAsync()).Consumed);
    }
}
