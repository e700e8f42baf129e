namespace Ibkr.Contracts.Orders;

/// <summary>
/// The order's status as IB reports it, plus <see cref="PendingPlacement"/> (stored, not yet acknowledged) and
/// <see cref="Unknown"/> (a status text this library does not know; the text is kept on the snapshot).
/// </summary>
public enum OrderStatusKind
{
    PendingPlacement,
    ApiPending,
    PendingSubmit,
    PendingCancel,
    PreSubmitted,
    Submitted,
    ApiCancelled,
    Cancelled,
    Filled,
    Inactive,
    Unknown,
}

/// <summary>Parsing IB's status text and knowing which statuses end an order.</summary>
public static class OrderStatuses
{
    /// <summary>The kind for IB's status text (case-insensitive); <see cref="OrderStatusKind.Unknown"/> otherwise.</summary>
    public static OrderStatusKind Parse(string status) =>
        Enum.TryParse<OrderStatusKind>(status, ignoreCase: true, out var kind) && kind != OrderStatusKind.PendingPlacement
            ? kind
            : OrderStatusKind.Unknown;

    /// <summary>Filled, Cancelled, ApiCancelled and Inactive end an order: nothing more will happen to it.</summary>
    public static bool IsTerminal(this OrderStatusKind kind) =>
        kind is OrderStatusKind.Filled or OrderStatusKind.Cancelled or OrderStatusKind.ApiCancelled or OrderStatusKind.Inactive;
}
