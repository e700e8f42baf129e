using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Session scenarios: the bootstrap itself, the clock, order ids.</summary>
internal static class SessionScenarios
{
    public static readonly Scenario[] All =
    [
        WireScenario.Define("bootstrap", "session", "Handshake, START_API, managed accounts (15) and next valid id (9).", RiskClass.ReadOnly, [InMsg.ManagedAccounts, InMsg.NextValidId], _ => Task.CompletedTask) with { Tags = ["smoke"] },
        WireScenario.Define("bootstrap_client_id_0", "session", "The bootstrap as client 0 (the id that sees every open order).", RiskClass.ReadOnly, [InMsg.ManagedAccounts, InMsg.NextValidId], _ => Task.CompletedTask) with { DefaultClientId = 0 },
        WireScenario.Define("current_time", "session", "reqCurrentTime (out 49), reads currentTime (in 49).", RiskClass.ReadOnly, [InMsg.CurrentTime], async s =>
        {
            await s.SendAsync(new ReqCurrentTime()).ConfigureAwait(false);
            await s.WaitForAsync("current_time").ConfigureAwait(false);
        }) with { Tags = ["smoke"] },
        new Scenario("reconnect_current_time", "session", "Two legs with the same client id: reqCurrentTime (out 49 -> in 49), disconnect, reconnect, reqCurrentTime again.", RiskClass.ReadOnly, [InMsg.CurrentTime], ReconnectAsync) { Legs = 2 },
        WireScenario.Define("req_ids", "session", "reqIds (out 8), reads nextValidId (in 9).", RiskClass.ReadOnly, [InMsg.NextValidId], async s =>
        {
            await s.SendAsync(new ReqIds()).ConfigureAwait(false);
            await s.WaitForAsync("next_valid_id").ConfigureAwait(false);
        }),
    ];

    /// <summary>A multi-leg scenario: the recorder must accept both legs, and the normalized transcript has a disconnect between them.</summary>
    private static async Task ReconnectAsync(ScenarioContext context)
    {
        for (var leg = 1; leg <= 2; leg++)
        {
            await using var session = await WireSession.ConnectAsync(context).ConfigureAwait(false);
            await session.SendAsync(new ReqCurrentTime()).ConfigureAwait(false);
            await session.WaitForAsync("current_time").ConfigureAwait(false);
        }
    }
}
