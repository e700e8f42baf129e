using System.Runtime.CompilerServices;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;

namespace Ibkr.Client;

/// <summary>
/// One order, by its ref. The handle holds no connection state: it survives reconnects, and a handle made later
/// (<see cref="Apis.OrdersApi.Get"/>) reads the same stored order.
/// </summary>
public sealed class OrderHandle
{
    internal OrderHandle(IOrderGrain grain, string orderRef)
    {
        Grain = grain;
        OrderRef = orderRef;
    }

    /// <summary>The order's ref.</summary>
    public string OrderRef { get; }

    internal IOrderGrain Grain { get; }

    /// <summary>The stored state: ids, status, fills, executions, commissions.</summary>
    public Task<OrderSnapshot> GetAsync() => Grain.GetAsync();

    /// <summary>Business events (open order, status, execution, commission, error) after <paramref name="afterSeq"/>, until the order is done.</summary>
    public async IAsyncEnumerable<OrderEvent> Events(long afterSeq = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in Grain.EventsAsync(afterSeq).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    /// <summary>Lifecycle events (Started, Gap, Resumed, Closed) after <paramref name="afterSeq"/>.</summary>
    public async IAsyncEnumerable<LifecycleEvent> Lifecycle(long afterSeq = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in Grain.LifecycleAsync(afterSeq).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    /// <summary>Changes the working order (same order id, new attributes); throws when the service refuses.</summary>
    public async Task<OrderSnapshot> ModifyAsync(OrderRequest request)
    {
        var after = await Grain.ModifyAsync(request).ConfigureAwait(false);
        return ThrowIfRefused(after);
    }

    /// <summary>Asks the Gateway to cancel; the status events say when it is done. Throws when the service refuses.</summary>
    public async Task<OrderSnapshot> CancelAsync()
    {
        var after = await Grain.CancelAsync().ConfigureAwait(false);
        return ThrowIfRefused(after);
    }

    /// <summary>
    /// Follows the order's events until <paramref name="until"/> holds for its state (checked first, then after
    /// each event); returns that state. Throws when the order finishes without it.
    /// </summary>
    public async Task<OrderSnapshot> WaitUntilAsync(Func<OrderSnapshot, bool> until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(until);
        var snapshot = await Grain.GetAsync().ConfigureAwait(false);
        if (until(snapshot))
        {
            return snapshot;
        }

        await foreach (var _ in Events(snapshot.EventCount, cancellationToken).ConfigureAwait(false))
        {
            snapshot = await Grain.GetAsync().ConfigureAwait(false);
            if (until(snapshot))
            {
                return snapshot;
            }
        }

        snapshot = await Grain.GetAsync().ConfigureAwait(false);
        return until(snapshot) ? snapshot : throw new IbkrException($"order '{OrderRef}' ended as {snapshot.Status} without reaching the awaited state");
    }

    /// <summary>Waits for the order to reach <paramref name="status"/>.</summary>
    public Task<OrderSnapshot> WaitForStatusAsync(OrderStatusKind status, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(s => s.Status == status, cancellationToken);

    // The grain answers a refusal with a local error (code 0) that it does not store; Gateway errors have codes.
    private OrderSnapshot ThrowIfRefused(OrderSnapshot after) =>
        after.LastError is { Code: 0 } local ? throw new IbkrException($"order '{OrderRef}': {local.Message}") : after;
}
