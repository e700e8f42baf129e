using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Simulator.Orders;

/// <summary>The open-order, order-status and completed-order messages for one order, as the Gateway sends them.</summary>
internal static class OrderMessages
{
    public static OpenOrder Open(SimOrder order, string? status = null) => new()
    {
        Contract = order.Contract(),
        Order = order.Order,
        OrderState = new OrderState { Status = status ?? order.Status },
    };

    public static OrderStatus Status(SimOrder order, string? status = null) => new()
    {
        OrderId = order.OrderId,
        Status = status ?? order.Status,
        Filled = order.Filled,
        Remaining = order.Remaining,
        AvgFillPrice = order.AvgFillPrice,
        PermId = order.PermId,
        ParentId = order.Order.ParentId,
        LastFillPrice = order.LastFillPrice,
        ClientId = order.ClientId,
        MktCapPrice = 0m,
    };

    public static CompletedOrder Completed(SimOrder order, SimClock clock) => new()
    {
        Contract = order.Contract(),
        Order = order.Order,
        OrderState = new OrderState
        {
            Status = order.Status,
            CompletedTime = order.CompletedAt is { } at ? clock.Local(at).ToString("yyyyMMdd HH:mm:ss", CultureInfo.InvariantCulture) + " " + clock.ZoneName : string.Empty,
            CompletedStatus = order.CompletedStatus,
        },
    };
}
