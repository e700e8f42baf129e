using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// Order scenarios: read-only queries, and one gated paper order that rests far from the market and is
/// cancelled by its own id. Nothing here cancels an order the scenario did not place (no global cancel).
/// </summary>
internal static class OrderScenarios
{
    public static readonly Scenario[] All =
    [
        WireScenario.Define("open_orders", "orders", "reqOpenOrders (out 5) to openOrderEnd (in 53).", RiskClass.ReadOnly, [InMsg.OpenOrderEnd], async s =>
        {
            await s.SendAsync(new ReqOpenOrders()).ConfigureAwait(false);
            await s.WaitForAsync("open_order_end").ConfigureAwait(false);
        }),
        WireScenario.Request("executions", "orders", "reqExecutions with an empty filter (out 7): executions and commissions to the end (in 55).", [InMsg.ExecutionDataEnd],
            id => new ReqExecutions { ReqId = id }, "executions_end"),
        WireScenario.Define("completed_orders", "orders", "reqCompletedOrders apiOnly=false (out 99) to the end (in 102).", RiskClass.ReadOnly, [InMsg.CompletedOrdersEnd], async s =>
        {
            await s.SendAsync(new ReqCompletedOrders()).ConfigureAwait(false);
            await s.WaitForAsync("completed_order_end").ConfigureAwait(false);
        }),
        WireScenario.Define("place_order_far_limit_cancel_aapl", "orders", "Gated: a 1-share AAPL LMT buy at 1.00 (out 3) rests (in 3/5), then is cancelled by its own id (out 4).", RiskClass.PaperOrder, [InMsg.OrderStatus], FarLimitThenCancelAsync),
    ];

    private static async Task FarLimitThenCancelAsync(WireSession s)
    {
        var orderId = s.NextOrderId();
        var orderRef = s.NextOrderRef();
        var order = new Order
        {
            OrderId = orderId,
            Action = "BUY",
            TotalQuantity = 1,
            OrderType = "LMT",
            LmtPrice = 1.00m,
            Tif = "DAY",
            Account = s.Bootstrap.ManagedAccounts[0],
            OrderRef = orderRef,
        };
        await s.SendAsync(new PlaceOrder { Contract = Contracts.AaplStock(), Order = order }).ConfigureAwait(false);
        s.Journal.Event("place_order_sent", new JsonObject { ["order_id"] = orderId, ["order_ref"] = orderRef, ["symbol"] = "AAPL", ["order_type"] = "LMT" });
        var placed = await s.WaitForAsync("order_status", orderId, errorIsReply: true, idKey: "order_id").ConfigureAwait(false);
        if (placed is ApiError rejected)
        {
            s.Journal.Event("place_order_error", new JsonObject { ["order_id"] = orderId, ["order_ref"] = orderRef, ["error"] = $"{rejected.Code} {rejected.Message}" });
            throw new ScenarioFailedException($"order {orderId} rejected: {rejected.Code} {rejected.Message}");
        }

        await s.SendAsync(new CancelOrder { OrderId = orderId }).ConfigureAwait(false);
        s.Journal.Event("cancel_order_sent", new JsonObject { ["order_id"] = orderId, ["order_ref"] = orderRef });
        await s.WaitForAsync($"the cancel of order {orderId}", (message, _) => message switch
        {
            OrderStatus status => status.OrderId == orderId && status.Status is "Cancelled" or "ApiCancelled",
            ApiError error => error.ReqId == orderId && error.Code == 202,
            _ => false,
        }).ConfigureAwait(false);
    }
}
