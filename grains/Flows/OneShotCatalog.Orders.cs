using Ibkr.Contracts.Requests;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>Order listings: executions (with commissions), open orders, completed orders.</summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForOrders(OneShotRequest request) => request switch
    {
        ExecutionsQuery q => new ExecutionsFlow(q.Filter),
        OpenOrdersQuery q => new OrderListFlow(
            q.Scope == OpenOrdersScope.All ? new ReqAllOpenOrders() : new ReqOpenOrders(),
            SingletonRoutes.OpenOrders),
        CompletedOrdersQuery q => new OrderListFlow(new ReqCompletedOrders { ApiOnly = q.ApiOnly }, SingletonRoutes.CompletedOrders),
        _ => null,
    };
}
