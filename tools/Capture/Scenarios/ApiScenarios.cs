using System.Globalization;
using System.Text.Json.Nodes;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Protocol.Messages;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// Facade scenarios (<c>api_</c>): the public <see cref="Ibkr.Client.IbkrClient"/> over an in-process silo whose
/// gateway session points at the scenario's address (<see cref="ApiSession"/>). What goes on the wire is whatever
/// the service sends for these calls, so their captures are evidence for the grains as well as for the codec.
/// </summary>
internal static class ApiScenarios
{
    private const int QuoteTicks = 3;

    public static readonly Scenario[] All =
    [
        Define("api_bootstrap", "session", "Facade: ConnectAsync (handshake, START_API, managed accounts 15, next valid id 9), then Tws.CurrentTimeAsync (out 49 -> in 49).", RiskClass.ReadOnly, [InMsg.ManagedAccounts, InMsg.NextValidId, InMsg.CurrentTime], async s =>
        {
            var time = await s.StepAsync("current time", ct => s.Client.Tws.CurrentTimeAsync(ct)).ConfigureAwait(false);
            s.Journal.Log($"current time {time} ({DateTimeOffset.FromUnixTimeSeconds(time):u})");
        }),
        Define("api_contract_details", "contracts", "Facade: Contracts.QualifyAsync AAPL STK SMART USD (out 9 -> in 10, 52).", RiskClass.ReadOnly, [InMsg.ContractData, InMsg.ContractDataEnd], async s =>
        {
            await QualifyAaplAsync(s).ConfigureAwait(false);
        }),
        Define("api_quote_stream", "market_data", $"Facade: qualify AAPL, MarketData.QuotesAsync (out 1), {QuoteTicks} price ticks (in 1), dispose (out 2).", RiskClass.EntitlementProbe, [InMsg.ContractDataEnd, InMsg.TickPrice], async s =>
        {
            var aapl = await QualifyAaplAsync(s).ConfigureAwait(false);
            var quotes = await s.StepAsync("quote subscription", ct => s.Client.MarketData.QuotesAsync(aapl, ct)).ConfigureAwait(false);
            await using (quotes.ConfigureAwait(false))
            {
                long seq = 0;
                for (var tick = 1; tick <= QuoteTicks; tick++)
                {
                    seq = (await NextPriceTickAsync(s, quotes, seq).ConfigureAwait(false)).Seq;
                }
            }

            s.Journal.Log("quote subscription disposed");
        }),
        Define("api_account_summary", "accounts", "Facade: Accounts.SummaryAsync All/NetLiquidation,TotalCashValue,BuyingPower (out 62) to its snapshot end (in 63, 64), dispose (out 63).", RiskClass.ReadOnly, [InMsg.AccountSummaryEnd], async s =>
        {
            await SnapshotAsync(s, "account summary", ct => s.Client.Accounts.SummaryAsync(new AccountSummarySpec(), ct)).ConfigureAwait(false);
        }),
        Define("api_positions", "accounts", "Facade: Accounts.PositionsAsync (out 61) to its snapshot end (in 61, 62), dispose (out 64).", RiskClass.ReadOnly, [InMsg.PositionEnd], async s =>
        {
            await SnapshotAsync(s, "positions", ct => s.Client.Accounts.PositionsAsync(ct)).ConfigureAwait(false);
        }),
        Define("api_reconnect_quote", "session", "Facade, two legs: AAPL quotes, a tick, DropConnectionAsync (the session drops and reconnects), Gap then Resumed, a tick on leg 2, dispose.", RiskClass.EntitlementProbe, [InMsg.ContractDataEnd, InMsg.TickPrice], ReconnectQuoteAsync) with { Legs = 2 },
        Define("api_order_place_cancel", "orders", "Gated, facade: a 1-share AAPL LMT buy at 1.00 with a run-scoped order ref (out 3) rests (in 5/3), then is cancelled by its own handle (out 4).", RiskClass.PaperOrder, [InMsg.OpenOrder, InMsg.OrderStatus], PlaceCancelAsync),
    ];

    private static Scenario Define(string name, string domain, string description, RiskClass risk, int[] expectedReplies, Func<ApiSession, Task> body) =>
        new(name, domain, description, risk, expectedReplies, context => RunAsync(context, risk, body)) { Driver = ScenarioDriver.Api };

    private static async Task RunAsync(ScenarioContext context, RiskClass risk, Func<ApiSession, Task> body)
    {
        // The driver has checked the opt-in before this runs, so trading is on only for a gated scenario that passed it.
        var session = await ApiSession.ConnectAsync(context, trading: risk == RiskClass.PaperOrder).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            if (risk == RiskClass.PaperOrder)
            {
                TradingGate.RequirePaperAccounts(session.Info.ManagedAccounts);
                context.Journal.Event("trading_gate_passed", new JsonObject { ["account"] = string.Join(',', session.Info.ManagedAccounts) });
            }

            await body(session).ConfigureAwait(false);
        }
    }

    private static async Task<Contract> QualifyAaplAsync(ApiSession s)
    {
        var aapl = await s.StepAsync("AAPL qualified", ct => s.Client.Contracts.QualifyAsync(new Contract { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" }, ct)).ConfigureAwait(false);
        s.Journal.Log($"AAPL qualified: con id {aapl.ConId}, primary exchange {aapl.PrimaryExchange}, trading class {aapl.TradingClass}");
        s.Journal.Event("contract_qualified", new JsonObject { ["symbol"] = "AAPL", ["con_id"] = aapl.ConId });
        return aapl;
    }

    /// <summary>The first price tick after event <paramref name="afterSeq"/> that arrived on a connection after <paramref name="afterConnection"/>.</summary>
    private static Task<PriceTick> NextPriceTickAsync(ApiSession s, Ibkr.Client.IbkrSubscription quotes, long afterSeq, long afterConnection = 0) =>
        s.StepAsync(afterConnection == 0 ? "price tick" : $"price tick after connection {afterConnection}", async ct =>
        {
            await foreach (var e in quotes.Events(ct).ConfigureAwait(false))
            {
                if (e is PriceTick tick && tick.Seq > afterSeq && tick.ConnectionSeq > afterConnection)
                {
                    s.Journal.Log(string.Create(CultureInfo.InvariantCulture, $"tick #{tick.Seq} field {tick.Field} price {tick.Price} on connection {tick.ConnectionSeq}"));
                    return tick;
                }
            }

            throw new ScenarioFailedException("the quote stream closed");
        });

    private static async Task SnapshotAsync(ApiSession s, string what, Func<CancellationToken, Task<Ibkr.Client.IbkrSubscription>> subscribe)
    {
        var subscription = await s.StepAsync($"{what} subscription", subscribe).ConfigureAwait(false);
        await using (subscription.ConfigureAwait(false))
        {
            var complete = await s.StepAsync($"{what} snapshot end", ct => subscription.WaitForAsync(LifecycleKind.SnapshotComplete, 0, ct)).ConfigureAwait(false);
            s.Journal.Log($"{what}: {complete}");
        }

        s.Journal.Log($"{what} subscription disposed");
    }

    private static async Task ReconnectQuoteAsync(ApiSession s)
    {
        var aapl = await QualifyAaplAsync(s).ConfigureAwait(false);
        var quotes = await s.StepAsync("quote subscription", ct => s.Client.MarketData.QuotesAsync(aapl, ct)).ConfigureAwait(false);
        await using (quotes.ConfigureAwait(false))
        {
            var first = await NextPriceTickAsync(s, quotes, afterSeq: 0).ConfigureAwait(false);
            var before = (await s.Client.GetSessionAsync().ConfigureAwait(false)).ConnectionSeq;
            var lifecycle = (await quotes.GetInfoAsync().ConfigureAwait(false)).Lifecycle?.Seq ?? 0;
            await s.Client.DropConnectionAsync().ConfigureAwait(false);
            s.Journal.Log($"connection {before} dropped by the session");
            s.Journal.Event("connection_dropped", new JsonObject { ["connection_seq"] = before });
            var gap = await s.StepAsync("quote gap", ct => quotes.WaitForAsync(LifecycleKind.Gap, lifecycle, ct)).ConfigureAwait(false);
            s.Journal.Log($"quotes: {gap}");
            var resumed = await s.StepAsync("quote resume", ct => quotes.WaitForAsync(LifecycleKind.Resumed, gap.Seq, ct)).ConfigureAwait(false);
            s.Journal.Log($"quotes: {resumed}");
            s.Journal.Event("subscription_resumed", new JsonObject { ["connection_seq"] = resumed.ConnectionSeq });
            await NextPriceTickAsync(s, quotes, first.Seq, afterConnection: before).ConfigureAwait(false);
        }

        s.Journal.Log("quote subscription disposed");
    }

    private static async Task PlaceCancelAsync(ApiSession s)
    {
        var aapl = await QualifyAaplAsync(s).ConfigureAwait(false);
        var orderRef = s.NextOrderRef();
        var request = OrderRequest.Limit(aapl, "BUY", 1m, 1.00m) with { Account = s.Info.ManagedAccounts[0] };
        var order = await s.StepAsync("order placement", ct => s.Client.Orders.PlaceAsync(orderRef, request, ct)).ConfigureAwait(false);
        s.Journal.Event("place_order_sent", new JsonObject { ["order_ref"] = orderRef, ["symbol"] = "AAPL", ["order_type"] = "LMT" });
        var working = await s.StepAsync($"working status for order ref {orderRef}", ct => order.WaitUntilAsync(o => o.Status is OrderStatusKind.PreSubmitted or OrderStatusKind.Submitted or OrderStatusKind.Filled or OrderStatusKind.Cancelled or OrderStatusKind.ApiCancelled or OrderStatusKind.Inactive, ct)).ConfigureAwait(false);
        s.Journal.Log($"order {working.OrderId} ({orderRef}) is {working.Status}");
        if (working.Status is not (OrderStatusKind.PreSubmitted or OrderStatusKind.Submitted))
        {
            s.Journal.Event("place_order_error", new JsonObject { ["order_id"] = working.OrderId, ["order_ref"] = orderRef, ["error"] = working.Status.ToString() });
            throw new ScenarioFailedException($"order {working.OrderId} ({orderRef}) ended {working.Status} instead of resting");
        }

        // Only the handle of the order this run placed is cancelled: never a global cancel.
        await s.StepAsync($"cancel of order ref {orderRef}", _ => order.CancelAsync()).ConfigureAwait(false);
        s.Journal.Event("cancel_order_sent", new JsonObject { ["order_id"] = working.OrderId, ["order_ref"] = orderRef });
        var cancelled = await s.StepAsync($"the cancel of order {working.OrderId}", ct => order.WaitUntilAsync(o => o.Status is OrderStatusKind.Cancelled or OrderStatusKind.ApiCancelled, ct)).ConfigureAwait(false);
        s.Journal.Log($"order {cancelled.OrderId} ({orderRef}) {cancelled.Status}");
    }
}
