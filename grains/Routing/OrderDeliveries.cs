using Ibkr.Contracts.Orders;

namespace Ibkr.Grains.Routing;

/// <summary>The order events of one inbound batch, grouped by order ref in wire order, for one call per order grain.</summary>
internal sealed class OrderDeliveries
{
    private readonly Dictionary<string, List<OrderEvent>> _byRef = [];

    public IReadOnlyDictionary<string, List<OrderEvent>> ByRef => _byRef;

    public void Add(string orderRef, OrderEvent e)
    {
        if (!_byRef.TryGetValue(orderRef, out var list))
        {
            _byRef[orderRef] = list = [];
        }

        list.Add(e);
    }
}
