using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Simulator.Instruments;
using Ibkr.Simulator.MarketData;

namespace Ibkr.Simulator.Orders;

/// <summary>
/// One order as the simulated Gateway holds it. <see cref="Order"/> is the client's last placeOrder and is never
/// changed after it was queued in a message (the writer encodes later); everything that moves lives here.
/// </summary>
internal sealed class SimOrder
{
    public required int OrderId { get; init; }
    public required int ClientId { get; init; }
    public required long PermId { get; init; }
    public required Instrument Instrument { get; init; }
    public required InstrumentMarket Market { get; init; }
    public required string Account { get; init; }

    /// <summary>The exchange the client routed to (SMART, or a direct exchange), echoed in open orders.</summary>
    public required string RoutedExchange { get; init; }

    /// <summary>Placement order across all clients: working orders match in this order.</summary>
    public required long Sequence { get; init; }

    public required Order Order { get; set; }

    /// <summary>Inactive (held or rejected), PreSubmitted (stop not yet elected), Submitted, Filled, Cancelled.</summary>
    public string Status { get; set; } = OrderStatuses.Submitted;

    public bool Rejected { get; set; }

    public decimal Filled { get; set; }

    public decimal AvgFillPrice { get; set; }

    public decimal LastFillPrice { get; set; }

    /// <summary>A stop or trailing stop has been elected and now works as a market or limit order.</summary>
    public bool Triggered { get; set; }

    /// <summary>The trailing stop's current stop price.</summary>
    public decimal? TrailStop { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string CompletedStatus { get; set; } = string.Empty;

    public decimal Total => Order.TotalQuantity ?? 0m;

    public decimal Remaining => Total - Filled;

    public bool IsBuy => Order.Action == "BUY";

    public string Tif => Order.Tif.Length == 0 ? "DAY" : Order.Tif;

    /// <summary>Working at the exchange (or waiting for its stop): fills can happen.</summary>
    public bool Working => Status is OrderStatuses.Submitted or OrderStatuses.PreSubmitted;

    /// <summary>Filled, cancelled or rejected: nothing more can happen to it.</summary>
    public bool Done => Status is OrderStatuses.Filled or OrderStatuses.Cancelled || Rejected;

    public Contract Contract() => Instrument.ServerContract(RoutedExchange);
}

/// <summary>The order status words of ORDER_STATUS.</summary>
internal static class OrderStatuses
{
    public const string Inactive = "Inactive";
    public const string PreSubmitted = "PreSubmitted";
    public const string Submitted = "Submitted";
    public const string PendingCancel = "PendingCancel";
    public const string Cancelled = "Cancelled";
    public const string Filled = "Filled";
}
