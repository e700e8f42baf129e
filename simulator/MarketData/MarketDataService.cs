using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Simulator.Hosting;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>
/// Streaming market data: quotes (with generic ticks, snapshots and delayed data), 5-second real-time bars,
/// tick-by-tick and depth. A subscription gets a full picture at once and then every step's changes; nothing is
/// streamed while connectivity is lost (between an injected 1100 and 1102).
/// </summary>
internal sealed class MarketDataService(SimulatorCore core)
{
    private const string BboExchange = "9c0001";

    public void SetMarketDataType(ClientSession session, ReqMarketDataType request)
    {
        if (request.MarketDataType is < 1 or > 4)
        {
            session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ValidationError, $"Error validating request.-'bt' : cause - Invalid market data type {request.MarketDataType}"));
            return;
        }

        session.MarketDataType = request.MarketDataType;
    }

    public void RequestQuote(ClientSession session, ReqMktData request)
    {
        var reqId = request.ReqId;
        var market = Resolve(session, reqId, request.Contract);
        if (market is null)
        {
            return;
        }

        var unknown = request.GenericTicks.Select(t => t.Trim()).Where(t => t.Length > 0 && !TickTypes.KnownGeneric.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            session.Send(core.Error(reqId, GatewayErrors.ValidationError, $"Error validating request.-'bO' : cause - Incorrect generic tick list of {string.Join(',', unknown)}.  Legal ones for ({market.Instrument.SecType}) are: {string.Join(',', TickTypes.KnownGeneric.Order(StringComparer.Ordinal))}"));
            return;
        }

        var delayed = !market.Instrument.LiveDataPermitted;
        if (delayed && session.MarketDataType is 1 or 2)
        {
            session.Send(core.Error(reqId, GatewayErrors.NotSubscribed, "Requested market data is not subscribed. Delayed market data is available."));
            return;
        }

        var subscription = new QuoteSubscription(market, request.GenericTicks.Select(t => t.Trim()).ToHashSet(), delayed);
        session.Send(new TickReqParams { ReqId = reqId, MinTick = market.Instrument.MinTick, BboExchange = BboExchange, SnapshotPermissions = 3 });
        if (delayed)
        {
            session.Send(core.Error(reqId, GatewayErrors.DelayedDataShown, "Requested market data is not subscribed. Displaying delayed market data."));
            session.Send(new MarketDataType { ReqId = reqId, DataType = session.MarketDataType == 4 ? 4 : 3 });
        }

        SendPicture(session, reqId, subscription);
        if (request.Snapshot || request.RegulatorySnapshot)
        {
            session.Send(new TickSnapshotEnd { ReqId = reqId });
            return;
        }

        session.Subscriptions.Quotes[reqId] = subscription;
    }

    public void CancelQuote(ClientSession session, int reqId)
    {
        if (!session.Subscriptions.Quotes.Remove(reqId))
        {
            session.Send(core.Error(reqId, GatewayErrors.CannotFindTicker, $"Can't find EId with tickerId:{reqId}"));
        }
    }

    public void RequestRealTimeBars(ClientSession session, ReqRealTimeBars request)
    {
        if (request.BarSize != 5)
        {
            session.Send(core.Error(request.ReqId, GatewayErrors.ValidationError, $"Error validating request.-'bS' : cause - Invalid bar size {request.BarSize}: real-time bars are 5 seconds"));
            return;
        }

        if (Resolve(session, request.ReqId, request.Contract) is { } market)
        {
            session.Subscriptions.RealTimeBars[request.ReqId] = market;
        }
    }

    public void RequestTickByTick(ClientSession session, ReqTickByTickData request)
    {
        if (request.TickType is not ("Last" or "AllLast" or "BidAsk" or "MidPoint"))
        {
            session.Send(core.Error(request.ReqId, GatewayErrors.ValidationError, $"Error validating request.-'c0' : cause - Invalid tick type '{request.TickType}': Last, AllLast, BidAsk or MidPoint"));
            return;
        }

        if (Resolve(session, request.ReqId, request.Contract) is { } market)
        {
            var subscription = new TickByTickSubscription(market, request.TickType);
            session.Subscriptions.TickByTick[request.ReqId] = subscription;
            session.Send(TickByTickMessage(request.ReqId, subscription));
        }
    }

    public void RequestDepth(ClientSession session, ReqMktDepth request)
    {
        if (Resolve(session, request.ReqId, request.Contract) is not { } market)
        {
            return;
        }

        var subscription = new DepthSubscription(market, Math.Clamp(request.NumRows, 1, 10), request.IsSmartDepth);
        session.Subscriptions.Depth[request.ReqId] = subscription;
        SendDepth(session, request.ReqId, subscription, operation: 0);
    }

    /// <summary>Pushes one step to every subscriber, clients in id order, subscriptions in request-id order.</summary>
    public void OnStep()
    {
        if (core.ConnectivityLost)
        {
            return;
        }

        foreach (var session in core.Sessions.Values)
        {
            var subscriptions = session.Subscriptions;
            foreach (var (reqId, quote) in subscriptions.Quotes)
            {
                SendChanges(session, reqId, quote);
            }

            foreach (var (reqId, market) in subscriptions.RealTimeBars)
            {
                if (market.CompletedBar is { } bar)
                {
                    session.Send(new RealTimeBar { ReqId = reqId, Time = bar.Time.ToUnixTimeSeconds(), Open = bar.Open, High = bar.High, Low = bar.Low, Close = bar.Close, Volume = bar.Volume, Wap = bar.Wap, Count = bar.Count });
                }
            }

            foreach (var (reqId, tick) in subscriptions.TickByTick)
            {
                session.Send(TickByTickMessage(reqId, tick));
            }

            foreach (var (reqId, depth) in subscriptions.Depth)
            {
                SendDepth(session, reqId, depth, operation: 1);
            }

            foreach (var (reqId, bars) in subscriptions.BarUpdates)
            {
                session.Send(core.History.Update(reqId, bars));
            }
        }
    }

    /// <summary>The instrument's market, or null after sending 322 (request id in use) or 200 (no such contract).</summary>
    private InstrumentMarket? Resolve(ClientSession session, int reqId, Protocol.Messages.Common.Contract contract)
    {
        if (session.Subscriptions.MarketDataIdInUse(reqId))
        {
            session.Send(core.Error(reqId, GatewayErrors.ProcessingError, "Error processing request.-'bO' : cause - Duplicate ticker id"));
            return null;
        }

        var instrument = ContractMatcher.Single(core.Instruments, contract);
        if (instrument is null)
        {
            session.Send(core.Error(reqId, GatewayErrors.NoSecurityDefinition, "No security definition has been found for the request"));
            return null;
        }

        return core.Market[instrument];
    }

    private void SendPicture(ClientSession session, int reqId, QuoteSubscription quote)
    {
        var m = quote.Market;
        SendTop(session, reqId, quote);
        session.Send(Price(reqId, quote, TickTypes.High, m.High, null));
        session.Send(Price(reqId, quote, TickTypes.Low, m.Low, null));
        session.Send(Price(reqId, quote, TickTypes.Close, m.PreviousClose, null));
        session.Send(Price(reqId, quote, TickTypes.Open, m.Open, null));
        if (quote.GenericTicks.Contains("165"))
        {
            session.Send(new TickSize { ReqId = reqId, Field = TickTypes.AverageVolume, Size = m.Instrument.Lot * 40_000 });
        }

        if (quote.GenericTicks.Contains("236"))
        {
            // 3: at least 1000 shares can be borrowed.
            session.Send(new TickGeneric { ReqId = reqId, Field = TickTypes.Shortable, Value = 3m });
        }
    }

    private void SendChanges(ClientSession session, int reqId, QuoteSubscription quote) => SendTop(session, reqId, quote);

    private void SendTop(ClientSession session, int reqId, QuoteSubscription quote)
    {
        var m = quote.Market;
        session.Send(Price(reqId, quote, TickTypes.Bid, m.Bid, m.BidSize, attrMask: 1));
        session.Send(Price(reqId, quote, TickTypes.Ask, m.Ask, m.AskSize, attrMask: 1));
        session.Send(Price(reqId, quote, TickTypes.Last, m.Last, m.LastSize));
        session.Send(new TickSize { ReqId = reqId, Field = Field(quote, TickTypes.Volume), Size = m.Volume });
        var now = core.Now;
        session.Send(new TickString { ReqId = reqId, Field = Field(quote, TickTypes.LastTimestamp), Value = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) });
        if (m.Instrument.Underlying is not null)
        {
            session.Send(OptionPricing.Computation(reqId, m.Instrument, m.Mid, core.Market[m.Instrument.Underlying].Last));
        }

        if (quote.GenericTicks.Contains("233"))
        {
            var text = FormattableString.Invariant($"{m.Last};{m.LastSize};{now.ToUnixTimeMilliseconds()};{m.Volume};{m.Last};true");
            session.Send(new TickString { ReqId = reqId, Field = TickTypes.RtVolume, Value = text });
        }
    }

    private static TickPrice Price(int reqId, QuoteSubscription quote, int field, decimal price, decimal? size, int attrMask = 0) =>
        new() { ReqId = reqId, Field = Field(quote, field), Price = price, Size = size, AttrMask = attrMask };

    private static int Field(QuoteSubscription quote, int live) => quote.Delayed ? TickTypes.Delayed(live) : live;

    private TickByTick TickByTickMessage(int reqId, TickByTickSubscription subscription)
    {
        var m = subscription.Market;
        var tick = new TickByTick { ReqId = reqId, Time = core.Now.ToUnixTimeSeconds() };
        switch (subscription.TickType)
        {
            case "Last" or "AllLast":
                tick.TickType = subscription.TickType == "Last" ? 1 : 2;
                tick.Price = m.Last;
                tick.Size = m.LastSize;
                tick.Exchange = m.Instrument.PrimaryExchange;
                break;
            case "BidAsk":
                tick.TickType = 3;
                tick.BidPrice = m.Bid;
                tick.AskPrice = m.Ask;
                tick.BidSize = m.BidSize;
                tick.AskSize = m.AskSize;
                break;
            default:
                tick.TickType = 4;
                tick.MidPoint = m.Mid;
                break;
        }

        return tick;
    }

    /// <summary>Writes every row of both sides: inserts first, then updates each step.</summary>
    private static void SendDepth(ClientSession session, int reqId, DepthSubscription depth, int operation)
    {
        var m = depth.Market;
        var tick = m.Instrument.MinTick;
        for (var row = 0; row < depth.Rows; row++)
        {
            foreach (var side in new[] { 1, 0 })
            {
                var price = side == 1 ? m.Bid - (tick * row) : m.Ask + (tick * row);
                var size = row == 0 ? (side == 1 ? m.BidSize : m.AskSize) : m.Instrument.Lot * m.DepthRandom.Next(1, 20);
                session.Send(depth.SmartDepth
                    ? new MarketDepthL2 { ReqId = reqId, Position = row, MarketMaker = m.Instrument.PrimaryExchange, Operation = operation, Side = side, Price = price, Size = size, IsSmartDepth = true }
                    : new MarketDepth { ReqId = reqId, Position = row, Operation = operation, Side = side, Price = price, Size = size });
            }
        }
    }
}
