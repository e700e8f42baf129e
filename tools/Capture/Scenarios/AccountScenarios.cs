using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Account scenarios: summary, positions, family codes, user info.</summary>
internal static class AccountScenarios
{
    public static readonly Scenario[] All =
    [
        WireScenario.Request("account_summary_snapshot", "accounts", "reqAccountSummary All/NetLiquidation,TotalCashValue,BuyingPower,ExcessLiquidity (out 62) to the end (in 64), then cancel (out 63).", [InMsg.AccountSummaryEnd],
            id => new ReqAccountSummary { ReqId = id, Group = "All", Tags = ["NetLiquidation", "TotalCashValue", "BuyingPower", "ExcessLiquidity"] }, "account_summary_end",
            cancel: id => new CancelAccountSummary { ReqId = id }),
        WireScenario.Define("positions_snapshot", "accounts", "reqPositions (out 61) to positionEnd (in 62), then cancelPositions (out 64).", RiskClass.ReadOnly, [InMsg.PositionEnd], async s =>
        {
            await s.SendAsync(new ReqPositions()).ConfigureAwait(false);
            await s.WaitForAsync("position_end").ConfigureAwait(false);
            await s.SendAsync(new CancelPositions()).ConfigureAwait(false);
        }),
        WireScenario.Define("family_codes", "accounts", "reqFamilyCodes (out 80), reads the reply (in 78).", RiskClass.ReadOnly, [InMsg.FamilyCodes], async s =>
        {
            await s.SendAsync(new ReqFamilyCodes()).ConfigureAwait(false);
            await s.WaitForAsync("family_codes").ConfigureAwait(false);
        }),
        WireScenario.Request("user_info", "accounts", "reqUserInfo (out 104), reads the white-branding id (in 107).", [InMsg.UserInfo],
            id => new ReqUserInfo { ReqId = id }, "user_info"),
    ];
}
