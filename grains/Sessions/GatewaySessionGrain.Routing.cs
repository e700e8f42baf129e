using Ibkr.Contracts.Errors;
using Ibkr.Grains.Flows;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Grains.Telemetry;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Microsoft.Extensions.Logging;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// Routing of inbound batches, in wire order: request-id keyed replies to their flow, replies without an id to
/// the singleton flow of their kind, order traffic to the order grains, errors to whoever owns the id. After the
/// batch, what the flows produced is delivered to the order and subscription grains (one call per grain).
/// </summary>
internal sealed partial class GatewaySessionGrain
{
    private readonly Dictionary<int, Flow> _flowsByReqId = [];
    private readonly Dictionary<string, Flow> _flowsBySingleton = [];

    // Subscription flows routed by kind, apart from one-shots so that neither displaces the other; several
    // subscriptions of one kind (positions with two resume policies) each see the one Gateway stream.
    private readonly Dictionary<string, List<SubscriptionFlow>> _streamsBySingleton = [];

    public async Task OnBatchAsync(IReadOnlyList<Message> batch)
    {
        GrainMetrics.Received(Name, batch.Count);
        var context = Context;
        var orders = new OrderDeliveries();
        foreach (var message in batch)
        {
            Route(message, context, orders);
        }

        await DeliverOrderEventsAsync(orders);
        await DeliverSubscriptionOutputAsync();
        ForgetFinishedFlows();
    }

    private void Route(Message message, FlowContext context, OrderDeliveries orders)
    {
        switch (message)
        {
            case ManagedAccounts m:
                _accounts = m.Accounts.ToArray();
                return;
            case NextValidId n:
                State.NextOrderId = Math.Max(State.NextOrderId, n.OrderId);
                return;
            case ApiError e:
                RouteError(ErrorMapping.FromWire(e), context, orders);
                return;
        }

        RouteOrderTraffic(message, context, orders);
        if (RequestIds.Of(message) is { } reqId && _flowsByReqId.TryGetValue(reqId, out var keyed))
        {
            keyed.OnMessage(message, context);
        }
        else if (SingletonRoutes.Of(message) is { } route)
        {
            // A one-shot and a stream of the same kind (open orders) can wait at once: both see the reply.
            if (_flowsBySingleton.TryGetValue(route, out var singleton))
            {
                singleton.OnMessage(message, context);
            }

            if (_streamsBySingleton.TryGetValue(route, out var streams))
            {
                foreach (var stream in streams)
                {
                    stream.OnMessage(message, context);
                }
            }
        }
        else if (message is UnknownMessage unknown)
        {
            LogUnknownMessage(unknown.Descriptor.Name);
        }
    }

    private void RouteError(IbkrError error, FlowContext context, OrderDeliveries orders)
    {
        if (error.RequestId > 0 && _flowsByReqId.TryGetValue(error.RequestId, out var flow))
        {
            flow.OnError(error, context);
        }
        else if (error.RequestId > 0 && State.OrderRefsById.TryGetValue(error.RequestId, out var orderRef))
        {
            orders.Add(orderRef, new Contracts.Orders.OrderErrorReported { Error = error, ConnectionSeq = context.ConnectionSeq });
        }
        else
        {
            if (error.RequestId <= 0 && !IbkrErrorCodes.IsWarning(error.Code) && !IbkrErrorCodes.IsConnectivity(error.Code))
            {
                // Possibly the refusal of a request answered without an id; a waiting singleton one-shot reports it.
                _lastIdlessError = error;
                _idlessErrors++;
            }

            LogGatewayNotice(error.RequestId, error.Code, error.Message);
        }
    }

    private void ForgetFinishedFlows()
    {
        foreach (var (reqId, flow) in _flowsByReqId.Where(p => p.Value.Finished).ToArray())
        {
            _flowsByReqId.Remove(reqId);
        }

        foreach (var (route, flow) in _flowsBySingleton.Where(p => p.Value.Finished).ToArray())
        {
            _flowsBySingleton.Remove(route);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unrouted unknown message {Name}")]
    private partial void LogUnknownMessage(string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway notice for id {RequestId}: {Code} {Message}")]
    private partial void LogGatewayNotice(int requestId, int code, string message);
}
