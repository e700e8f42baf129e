using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Builds catalog entries for wire-level scenarios: connect with a <see cref="WireSession"/>, run the body, close.</summary>
internal static class WireScenario
{
    public static Scenario Define(string name, string domain, string description, RiskClass risk, int[] expectedReplies, Func<WireSession, Task> body) =>
        new(name, domain, description, risk, expectedReplies, context => RunAsync(context, risk, body));

    /// <summary>A one-request scenario: send what <paramref name="request"/> builds, wait for <paramref name="reply"/> for that request id.</summary>
    public static Scenario Request(string name, string domain, string description, int[] expectedReplies, Func<int, Message> request, string reply, bool errorIsReply = false, Func<int, Message>? cancel = null) =>
        Define(name, domain, description, RiskClass.ReadOnly, expectedReplies, async session =>
        {
            var reqId = session.NextReqId();
            await session.SendAsync(request(reqId)).ConfigureAwait(false);
            await session.WaitForAsync(reply, reqId, errorIsReply).ConfigureAwait(false);
            if (cancel is not null)
            {
                await session.SendAsync(cancel(reqId)).ConfigureAwait(false);
            }
        });

    private static async Task RunAsync(ScenarioContext context, RiskClass risk, Func<WireSession, Task> body)
    {
        await using var session = await WireSession.ConnectAsync(context).ConfigureAwait(false);
        if (risk == RiskClass.PaperOrder)
        {
            TradingGate.RequirePaperAccounts(session.Bootstrap.ManagedAccounts);
            context.Journal.Event("trading_gate_passed", new JsonObject { ["account"] = string.Join(',', session.Bootstrap.ManagedAccounts) });
        }

        await body(session).ConfigureAwait(false);
    }
}
