using Ibkr.Contracts.Orders;

namespace Ibkr.Grains.Orders;

/// <summary>
/// Folds one wire event into an order's snapshot. Returns null for an event that changes nothing (a repeated
/// execution or commission, a status identical to the current one), so replays after a reconnect are silent.
/// </summary>
internal static class OrderFold
{
    // One order's executions are few; the cap only guards against a runaway feed.
    private const int MaxExecutions = 1_000;

    // StatusText is the last ORDER_STATUS text; open orders move Status only, so the status that follows them still counts.
    public static OrderSnapshot? Apply(OrderSnapshot s, OrderEvent e) => e switch
    {
        OrderOpened o => Opened(s, o.Report),
        OrderStatusChanged c => Status(s, c),
        OrderExecuted x when s.Executions.Any(k => k.ExecId == x.Execution.ExecId) => null,
        OrderExecuted x => s with
        {
            Executions = [.. s.Executions.TakeLast(MaxExecutions - 1), x.Execution],
            OrderId = s.OrderId == 0 ? x.Execution.OrderId : s.OrderId,
            PermId = s.PermId == 0 ? x.Execution.PermId : s.PermId,
        },
        OrderCommission c when s.Commissions.Any(k => k.ExecId == c.Commission.ExecId) => null,
        OrderCommission c => s with { Commissions = [.. s.Commissions.TakeLast(MaxExecutions - 1), c.Commission] },
        OrderErrorReported r => WithError(s, r),
        _ => null,
    };

    private static OrderSnapshot Opened(OrderSnapshot s, Contracts.Requests.OpenOrderRow r)
    {
        var status = r.CompletedStatus.Length > 0 ? r.CompletedStatus : r.Status;
        var kind = status.Length == 0 ? s.Status : OrderStatuses.Parse(status);
        return s with
        {
            OrderId = r.OrderId != 0 ? r.OrderId : s.OrderId,
            PermId = r.PermId != 0 ? r.PermId : s.PermId,
            ClientId = r.ClientId,
            Status = s.IsTerminal && !kind.IsTerminal() ? s.Status : kind,
            Filled = r.Filled ?? s.Filled,
        };
    }

    private static OrderSnapshot? Status(OrderSnapshot s, OrderStatusChanged c)
    {
        var kind = OrderStatuses.Parse(c.Status);
        if (s.StatusText == c.Status && s.Filled == c.Filled && s.Remaining == c.Remaining)
        {
            return null;
        }

        // A late, stale status never reopens a terminal order (the Gateway can repeat PreSubmitted after a fill).
        if (s.IsTerminal && !kind.IsTerminal())
        {
            return null;
        }

        return s with
        {
            OrderId = c.OrderId != 0 ? c.OrderId : s.OrderId,
            PermId = c.PermId != 0 ? c.PermId : s.PermId,
            ClientId = c.ClientId,
            Status = kind,
            StatusText = c.Status,
            Filled = c.Filled,
            Remaining = c.Remaining,
            AvgFillPrice = c.AvgFillPrice,
            LastFillPrice = c.LastFillPrice,
        };
    }

    private static OrderSnapshot WithError(OrderSnapshot s, OrderErrorReported r)
    {
        // 201 (rejected) and 202 (cancelled) end the order even if no status follows; other codes are notices.
        var kind = r.Error.Code switch
        {
            Contracts.Errors.IbkrErrorCodes.OrderRejected => OrderStatusKind.Inactive,
            Contracts.Errors.IbkrErrorCodes.OrderCancelled => OrderStatusKind.Cancelled,
            _ => s.Status,
        };
        return s with { LastError = r.Error, Status = s.IsTerminal ? s.Status : kind };
    }
}
