using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Orleans.Concurrency;

namespace Ibkr.Contracts.Grains;

/// <summary>
/// One order (key: its order ref). Stores the request before sending it, so placing the same order ref twice
/// sends once; keeps status, fills and commissions across reconnects and silo restarts; after a gap it
/// reconciles instead of resending.
/// </summary>
[Alias("ibkr.IOrderGrain")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Places the order on <paramref name="session"/>, or returns the stored order if this order ref exists.</summary>
    [Alias("Place")]
    Task<OrderSnapshot> PlaceAsync(string session, OrderRequest request);

    /// <summary>Changes a working order (price, quantity…): the same order id with the new attributes.</summary>
    [Alias("Modify")]
    Task<OrderSnapshot> ModifyAsync(OrderRequest request);

    /// <summary>Asks the Gateway to cancel the order; the status events tell when it is done.</summary>
    [Alias("Cancel")]
    Task<OrderSnapshot> CancelAsync();

    /// <summary>The stored state.</summary>
    [Alias("Get"), ReadOnly, AlwaysInterleave]
    Task<OrderSnapshot> GetAsync();

    /// <summary>Business events after <paramref name="afterSeq"/>, then new ones as they come, until the order is terminal.</summary>
    [Alias("Events")]
    IAsyncEnumerable<OrderEvent> EventsAsync(long afterSeq);

    /// <summary>Lifecycle events (Started, Gap, Resumed, Closed) after <paramref name="afterSeq"/>, then new ones.</summary>
    [Alias("Lifecycle")]
    IAsyncEnumerable<LifecycleEvent> LifecycleAsync(long afterSeq);

    /// <summary>
    /// From the session: what the Gateway said about this order, in wire order; returns the state after them. The
    /// session awaits each call before the next batch, which keeps the order's events in wire order.
    /// </summary>
    [Alias("OnWire")]
    Task<OrderSnapshot> OnWireEventsAsync(string session, IReadOnlyList<OrderEvent> events);

    /// <summary>From the session: the connection dropped (Gap) or came back (Resumed).</summary>
    [Alias("OnLifecycle")]
    Task OnSessionLifecycleAsync(LifecycleEvent lifecycle);
}
