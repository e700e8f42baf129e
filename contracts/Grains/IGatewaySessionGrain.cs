using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Requests;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Orleans.Concurrency;

namespace Ibkr.Contracts.Grains;

/// <summary>
/// One gateway session (key: the session name from configuration, e.g. <c>paper</c>). It owns the connection,
/// reconnects with backoff, allocates order ids and routes what the Gateway sends to the waiting one-shot, the
/// subscription grain or the order grain. Methods that wait for the Gateway interleave, so inbound traffic keeps
/// flowing while they wait.
/// </summary>
[Alias("ibkr.IGatewaySessionGrain")]
public interface IGatewaySessionGrain : IGrainWithStringKey
{
    /// <summary>Starts connecting if the session is not connected or connecting; returns the current state.</summary>
    [Alias("Start")]
    Task<SessionInfo> StartAsync();

    /// <summary>The current state.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<SessionInfo> GetInfoAsync();

    /// <summary>Starts the session if needed and waits until it is Ready (or <paramref name="timeout"/> passes).</summary>
    [Alias("WaitReady"), AlwaysInterleave]
    Task<SessionInfo> WaitReadyAsync(TimeSpan timeout);

    /// <summary>Closes the connection and stops reconnecting (state Closed) until <see cref="StartAsync"/>.</summary>
    [Alias("Stop")]
    Task StopAsync();

    /// <summary>Drops the current connection as if the network had; the session reconnects by its policy.</summary>
    [Alias("DropConnection")]
    Task DropConnectionAsync();

    /// <summary>Runs a one-shot: completes on its end marker, fails on a Gateway error, is interrupted by a gap.</summary>
    [Alias("Request"), AlwaysInterleave]
    Task<OneShotOutcome> RequestAsync(OneShotRequest request);

    /// <summary>
    /// Sends an order (the order grain calls this after storing it). <paramref name="orderId"/> 0 allocates a new
    /// id; a known id modifies that order.
    /// </summary>
    [Alias("PlaceOrder")]
    Task<PlaceOrderResult> PlaceOrderAsync(string orderRef, OrderRequest request, int orderId);

    /// <summary>Sends a cancel for an order id.</summary>
    [Alias("CancelOrder")]
    Task<PlaceOrderResult> CancelOrderAsync(string orderRef, int orderId);

    /// <summary>Asks the Gateway for open orders, executions and completed orders so order grains catch up after a gap.</summary>
    [Alias("Reconcile")]
    Task ReconcileOrdersAsync();

    /// <summary>Starts (or joins) the Gateway subscription for a subscription grain.</summary>
    [Alias("StartSubscription")]
    Task<long> StartSubscriptionAsync(string subscriptionKey, SubscriptionSpec spec);

    /// <summary>Cancels the Gateway subscription of a subscription grain.</summary>
    [Alias("StopSubscription")]
    Task StopSubscriptionAsync(string subscriptionKey);
}
