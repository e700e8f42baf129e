namespace Ibkr.Protocol.Messages.Inbound;

// Order-book depth for reqMktDepth subscriptions. Official EDecoder layouts at server version 200.

/// <summary>MARKET_DEPTH (12): one row of an exchange's book changed.</summary>
[WireMessage(Direction.Server, InMsg.MarketDepth, "market_depth")]
public sealed class MarketDepth : Message
{
    public int ReqId;
    public int Position;

    /// <summary>0 insert, 1 update, 2 delete.</summary>
    public int Operation;

    /// <summary>0 ask, 1 bid.</summary>
    public int Side;

    public decimal Price;
    public decimal? Size;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Position, "position");
        v.Int(ref Operation, "operation");
        v.Int(ref Side, "side");
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
    }
}

/// <summary>MARKET_DEPTH_L2 (13): one row of a level-2 book changed, with its market maker; isSmartDepth since 146.</summary>
[WireMessage(Direction.Server, InMsg.MarketDepthL2, "market_depth_l2")]
public sealed class MarketDepthL2 : Message
{
    public int ReqId;
    public int Position;
    public string MarketMaker = string.Empty;
    public int Operation;
    public int Side;
    public decimal Price;
    public decimal? Size;
    public bool IsSmartDepth;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Position, "position");
        v.Str(ref MarketMaker, "market_maker");
        v.Int(ref Operation, "operation");
        v.Int(ref Side, "side");
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
        v.Bool(ref IsSmartDepth, "is_smart_depth");
    }
}

/// <summary>One exchange of MKT_DEPTH_EXCHANGES (80).</summary>
public sealed class DepthMktDataDescription : FieldGroup
{
    public string Exchange = string.Empty;
    public string SecType = string.Empty;
    public string ListingExch = string.Empty;

    /// <summary>"Deep" or "Deep2".</summary>
    public string ServiceDataType = string.Empty;

    /// <summary>Unset: empty or 2147483647.</summary>
    public int? AggGroup;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref Exchange, "exchange");
        v.Str(ref SecType, "sec_type");
        v.Str(ref ListingExch, "listing_exch");
        v.Str(ref ServiceDataType, "service_data_type");
        v.IntMax(ref AggGroup, "agg_group");
    }
}

/// <summary>MKT_DEPTH_EXCHANGES (80): exchanges offering depth. No version field; 5 fields per entry since 120.</summary>
[WireMessage(Direction.Server, InMsg.MktDepthExchanges, "mkt_depth_exchanges")]
public sealed class MktDepthExchanges : Message
{
    public List<DepthMktDataDescription> Exchanges = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.List(Exchanges, "exchanges");
    }
}

/// <summary>
/// REROUTE_MKT_DEPTH_REQ (92): a reqMktDepth subscription was rerouted. ibkr-go decodes id 92 as
/// MARKET_RULE (officially 93).
/// </summary>
[WireMessage(Direction.Server, InMsg.RerouteMktDepthReq, "reroute_mkt_depth_req")]
public sealed class RerouteMktDepthReq : Message
{
    public int ReqId;
    public int ConId;
    public string Exchange = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref ConId, "con_id");
        v.Str(ref Exchange, "exchange");
    }
}
