using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// Open orders (OPEN_ORDER rows, ORDER_STATUS updates, OPEN_ORDER_END) or completed orders (COMPLETED_ORDER rows,
/// COMPLETED_ORDER_END). The replies carry no request id: the session routes them by <see cref="Singleton"/>.
/// </summary>
internal sealed class OrderListFlow(Message request, string singleton) : OneShotFlow
{
    private readonly List<OpenOrderRow> _rows = [];

    /// <inheritdoc/>
    public override string? Singleton => singleton;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => [request];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case OpenOrder o:
                Upsert(OrderMapping.Row(o.Contract, o.Order, o.OrderState));
                break;
            case OrderStatus s:
                var index = _rows.FindIndex(r => r.OrderId == s.OrderId && s.OrderId != 0);
                if (index >= 0)
                {
                    _rows[index] = _rows[index] with { Status = s.Status, Filled = s.Filled };
                }

                break;
            case CompletedOrder c:
                _rows.Add(OrderMapping.Row(c.Contract, c.Order, c.OrderState));
                break;
            case OpenOrderEnd or CompletedOrdersEnd:
                Complete(new RowsResult<OpenOrderRow> { Rows = _rows.ToArray(), Warnings = Warnings.ToArray() });
                break;
        }
    }

    private void Upsert(OpenOrderRow row)
    {
        var index = _rows.FindIndex(r => r.PermId == row.PermId && r.OrderId == row.OrderId);
        if (index >= 0)
        {
            _rows[index] = row;
        }
        else
        {
            _rows.Add(row);
        }
    }
}
