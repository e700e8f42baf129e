using System.Globalization;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Orders;

/// <summary>Why an order is refused: the error code and the text after the Gateway's prefix.</summary>
internal sealed record OrderProblem(int Code, string Message);

/// <summary>
/// The checks a Gateway makes before an order works: side, size, type and its prices, time in force, the price
/// grid (110) and, for buys and shorts, initial margin against equity (201 with the margin reason).
/// </summary>
internal static class OrderValidation
{
    public static readonly string[] OrderTypes = ["MKT", "LMT", "STP", "STP LMT", "TRAIL"];
    public static readonly string[] TimesInForce = ["", "DAY", "GTC", "IOC", "FOK"];

    public static OrderProblem? Check(Order order, Instrument instrument)
    {
        if (order.Action is not ("BUY" or "SELL" or "SSHORT"))
        {
            return Rejected($"Invalid side '{order.Action}': BUY, SELL or SSHORT");
        }

        if (order.TotalQuantity is not > 0m)
        {
            return Rejected("The order quantity must be positive");
        }

        if (!OrderTypes.Contains(order.OrderType))
        {
            return Rejected($"Unsupported order type '{order.OrderType}' (the simulator knows {string.Join(", ", OrderTypes)})");
        }

        if (!TimesInForce.Contains(order.Tif))
        {
            return Rejected($"Unsupported time in force '{order.Tif}' (DAY, GTC, IOC or FOK)");
        }

        var needsLimit = order.OrderType is "LMT" or "STP LMT";
        var needsStop = order.OrderType is "STP" or "STP LMT";
        if (needsLimit && order.LmtPrice is not > 0m)
        {
            return Rejected($"A {order.OrderType} order needs a positive limit price");
        }

        if (needsStop && order.AuxPrice is not > 0m)
        {
            return Rejected($"A {order.OrderType} order needs a positive stop price (aux price)");
        }

        if (order.OrderType == "TRAIL" && order.AuxPrice is not > 0m && order.TrailingPercent is not > 0m)
        {
            return Rejected("A TRAIL order needs a trailing amount (aux price) or a trailing percent");
        }

        if ((needsLimit && !instrument.OnGrid(order.LmtPrice!.Value)) || (needsStop && !instrument.OnGrid(order.AuxPrice!.Value)))
        {
            return new OrderProblem(GatewayErrors.PriceVariation, "The price does not conform to the minimum price variation for this contract.");
        }

        return null;
    }

    /// <summary>Initial margin of the order against the account's available equity (201 when short of it).</summary>
    public static OrderProblem? CheckMargin(decimal orderMargin, decimal availableFunds, decimal equity) =>
        orderMargin <= availableFunds
            ? null
            : Rejected($"YOUR ORDER IS NOT ACCEPTED. IN ORDER TO OBTAIN THE DESIRED POSITION YOUR EQUITY WITH LOAN VALUE [{Money(equity)} USD] MUST EXCEED THE INITIAL MARGIN [{Money(orderMargin)} USD]");

    private static OrderProblem Rejected(string reason) => new(GatewayErrors.OrderRejected, "Order rejected - reason:" + reason);

    private static string Money(decimal value) => Math.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
}
