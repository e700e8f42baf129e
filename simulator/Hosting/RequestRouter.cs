using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Simulator.Hosting;

/// <summary>
/// Sends each client request to the service that answers it. Runs under the simulator's lock. A request the
/// simulator does not model gets error 321 naming it, so a client never waits on silence.
/// </summary>
internal sealed class RequestRouter(SimulatorCore core)
{
    public void Handle(ClientSession session, Message message)
    {
        switch (message)
        {
            case ReqContractDetails m: core.Contracts.RequestDetails(session, m); break;
            case ReqMatchingSymbols m: core.Contracts.RequestMatchingSymbols(session, m); break;
            case ReqSecDefOptParams m: core.Contracts.RequestOptionParameters(session, m); break;
            case ReqMarketRule m: core.Contracts.RequestMarketRule(session, m); break;

            case ReqMarketDataType m: core.MarketData.SetMarketDataType(session, m); break;
            case ReqMktData m: core.MarketData.RequestQuote(session, m); break;
            case CancelMktData m: core.MarketData.CancelQuote(session, m.ReqId); break;
            case ReqRealTimeBars m: core.MarketData.RequestRealTimeBars(session, m); break;
            case CancelRealTimeBars m: session.Subscriptions.RealTimeBars.Remove(m.ReqId); break;
            case ReqTickByTickData m: core.MarketData.RequestTickByTick(session, m); break;
            case CancelTickByTickData m: session.Subscriptions.TickByTick.Remove(m.ReqId); break;
            case ReqMktDepth m: core.MarketData.RequestDepth(session, m); break;
            case CancelMktDepth m: session.Subscriptions.Depth.Remove(m.ReqId); break;

            case ReqHistoricalData m: core.History.RequestBars(session, m); break;
            case CancelHistoricalData m: session.Subscriptions.BarUpdates.Remove(m.ReqId); break;
            case ReqHeadTimestamp m: core.History.RequestHeadTimestamp(session, m); break;
            case CancelHeadTimestamp: break;
            case ReqHistoricalTicks m: core.History.RequestTicks(session, m); break;

            case PlaceOrder m: core.Orders.Place(session, m); break;
            case CancelOrder m: core.Orders.Cancel(session, m); break;
            case ReqGlobalCancel: core.Orders.GlobalCancel(); break;
            case ReqOpenOrders: core.Orders.OpenOrders(session, allClients: false); break;
            case ReqAllOpenOrders: core.Orders.OpenOrders(session, allClients: true); break;
            case ReqAutoOpenOrders m: AutoOpenOrders(session, m); break;
            case ReqCompletedOrders: core.Orders.CompletedOrders(session); break;
            case ReqExecutions m: core.Orders.Executions(session, m); break;
            case ReqIds: session.Send(new NextValidId { OrderId = core.NextOrderId }); break;

            case ReqAccountUpdates m: core.Accounts.RequestAccountUpdates(session, m); break;
            case ReqAccountSummary m: core.Accounts.RequestAccountSummary(session, m); break;
            case CancelAccountSummary m: session.Subscriptions.AccountSummaries.Remove(m.ReqId); break;
            case ReqPositions: core.Accounts.RequestPositions(session); break;
            case CancelPositions: session.Subscriptions.Positions = false; break;
            case ReqPnL m: core.Accounts.RequestPnL(session, m); break;
            case CancelPnL m: session.Subscriptions.PnL.Remove(m.ReqId); break;
            case ReqPnLSingle m: core.Accounts.RequestPnLSingle(session, m); break;
            case CancelPnLSingle m: session.Subscriptions.PnLSingle.Remove(m.ReqId); break;
            case ReqManagedAccts: session.Send(new ManagedAccounts { Accounts = [.. core.Ledger.All.Select(a => a.Id)] }); break;

            case ReqCurrentTime: session.Send(new CurrentTime { Time = core.Now.ToUnixTimeSeconds() }); break;
            case ReqCurrentTimeInMillis: session.Send(new CurrentTimeInMillis { TimeInMillis = core.Now.ToUnixTimeMilliseconds() }); break;
            case SetServerLogLevel: break;
            case ReqUserInfo m: session.Send(new UserInfo { ReqId = m.ReqId }); break;
            case ReqFamilyCodes: session.Send(new FamilyCodes()); break;
            case ReqSoftDollarTiers m: session.Send(new SoftDollarTiers { ReqId = m.ReqId }); break;
            case ReqNewsProviders: session.Send(new NewsProviders()); break;
            case ReqMktDepthExchanges: session.Send(DepthExchanges()); break;
            case ReqHistogramData m: core.History.RequestHistogram(session, m); break;
            case CancelHistogramData: break;

            default:
                var name = message is UnknownMessage unknown ? $"message id {unknown.Id}" : message.Descriptor.Name;
                session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ValidationError, $"Error validating request.-'{name}' : cause - not supported by the gateway simulator"));
                break;
        }
    }

    /// <summary>The exchanges with depth: the stocks' listing exchanges (level 2 on NASDAQ) and CME.</summary>
    private static MktDepthExchanges DepthExchanges() => new()
    {
        Exchanges =
        [
            new DepthMktDataDescription { Exchange = "NASDAQ", SecType = "STK", ListingExch = "NASDAQ", ServiceDataType = "Deep2", AggGroup = 1 },
            new DepthMktDataDescription { Exchange = "ARCA", SecType = "STK", ListingExch = "NYSE", ServiceDataType = "Deep", AggGroup = 1 },
            new DepthMktDataDescription { Exchange = "CME", SecType = "FUT", ListingExch = string.Empty, ServiceDataType = "Deep", AggGroup = 2 },
        ],
    };

    /// <summary>Only client 0 may bind orders entered in TWS; the simulator has none to bind.</summary>
    private void AutoOpenOrders(ClientSession session, ReqAutoOpenOrders request)
    {
        if (request.AutoBind && session.ClientId != 0)
        {
            session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ValidationError, "Error validating request.-'bj' : cause - The auto bind of open orders is only allowed for client id 0"));
        }
    }
}
