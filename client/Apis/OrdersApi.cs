using Ibkr.Client.Handles;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Requests;
using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Client.Apis;

/// <summary>
/// Orders. Each order is named by the caller's order ref: placing the same ref twice places once and returns the
/// same order; a handle obtained by ref follows the order across reconnects and silo restarts.
/// </summary>
public sealed class OrdersApi
{
    private readonly IGrainFactory _grains;
    private readonly string _session;
    private readonly OneShotRunner _oneShots;
    private readonly SubscriptionFactory _subscriptions;

    internal OrdersApi(IGrainFactory grains, string session, OneShotRunner oneShots, SubscriptionFactory subscriptions)
    {
        _grains = grains;
        _session = session;
        _oneShots = oneShots;
        _subscriptions = subscriptions;
    }

    /// <summary>
    /// Places an order under <paramref name="orderRef"/> (or returns the existing one). Throws
    /// <see cref="IbkrException"/> when the service refuses it before sending (trading disabled, invalid request,
    /// not connected — the last one retryable).
    /// </summary>
    public async Task<OrderHandle> PlaceAsync(string orderRef, OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderRef);
        ArgumentNullException.ThrowIfNull(request);
        var handle = Get(orderRef);
        var snapshot = await handle.Grain.PlaceAsync(_session, request).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.OrderId == 0 && snapshot.Status == OrderStatusKind.Inactive && snapshot.LastError is { } refused)
        {
            throw new IbkrException($"order '{orderRef}' was not placed: {refused.Message}", retryable: refused.Message.Contains("not connected", StringComparison.Ordinal));
        }

        return handle;
    }

    /// <summary>A handle on an order by its ref (placed here, earlier, or seen on the wire as <c>perm:{perm id}</c>).</summary>
    public OrderHandle Get(string orderRef) =>
        new(_grains.GetGrain<IOrderGrain>($"{_session}/{orderRef}"), orderRef);

    /// <summary>This client's open orders (REQ_OPEN_ORDERS until OPEN_ORDER_END), or every client's with <see cref="OpenOrdersScope.All"/>.</summary>
    public Task<IReadOnlyList<OpenOrderRow>> OpenAsync(OpenOrdersScope scope = OpenOrdersScope.Client, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<OpenOrderRow>(new OpenOrdersQuery { Scope = scope }, cancellationToken);

    /// <summary>Completed orders (filled, cancelled, inactive) known to the Gateway.</summary>
    public Task<IReadOnlyList<OpenOrderRow>> CompletedAsync(bool apiOnly = false, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<OpenOrderRow>(new CompletedOrdersQuery { ApiOnly = apiOnly }, cancellationToken);

    /// <summary>Executions matching a filter, each with its commission when the Gateway sent one.</summary>
    public Task<IReadOnlyList<ExecutionReport>> ExecutionsAsync(ExecutionFilter? filter = null, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<ExecutionReport>(new ExecutionsQuery { Filter = filter ?? new ExecutionFilter() }, cancellationToken);

    /// <summary>
    /// This client's open orders as a stream: the current listing (<see cref="OpenOrderUpdate"/> per order,
    /// SnapshotComplete at its end), then an update with the order's latest row whenever one changes.
    /// </summary>
    public Task<IbkrSubscription> OpenOrdersStreamAsync(CancellationToken cancellationToken = default) =>
        _subscriptions.SubscribeAsync(new OpenOrdersSpec(), cancellationToken);
}
