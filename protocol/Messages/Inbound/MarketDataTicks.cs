namespace Ibkr.Protocol.Messages.Inbound;

// Top-of-book ticks for reqMktData subscriptions. Official EDecoder layouts at server version 200.

/// <summary>TICK_PRICE (1): a price tick, with the size that came with it and the attribute bits.</summary>
[WireMessage(Direction.Server, InMsg.TickPrice, "tick_price")]
public sealed class TickPrice : Message
{
    public int ReqId;

    /// <summary>Tick type (transcript key <c>field</c>).</summary>
    public int Field;

    public decimal Price;
    public decimal? Size;

    /// <summary>Bit 0 canAutoExecute, bit 1 pastLimit, bit 2 preOpen.</summary>
    public int AttrMask;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.Dec(ref Price, "price");
        v.DecMax(ref Size, "size");
        v.Int(ref AttrMask, "attr_mask");
    }
}

/// <summary>TICK_SIZE (2).</summary>
[WireMessage(Direction.Server, InMsg.TickSize, "tick_size")]
public sealed class TickSize : Message
{
    public int ReqId;
    public int Field;
    public decimal? Size;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.DecMax(ref Size, "size");
    }
}

/// <summary>
/// TICK_OPTION_COMPUTATION (21): option model values. No version field since server version 156
/// (PRICE_BASED_VOLATILITY), which added tickAttrib; at v200 all eight values are always sent.
/// "Not computed" is -1 (impliedVol, optPrice, pvDividend, undPrice) or -2 (delta, gamma, vega, theta)
/// and is kept as the value; Double.MAX reads as null.
/// </summary>
[WireMessage(Direction.Server, InMsg.TickOptionComputation, "tick_option_computation")]
public sealed class TickOptionComputation : Message
{
    public int ReqId;
    public int TickType;

    /// <summary>0 return-based, 1 price-based.</summary>
    public int TickAttrib;

    public decimal? ImpliedVol;
    public decimal? Delta;
    public decimal? OptPrice;
    public decimal? PvDividend;
    public decimal? Gamma;
    public decimal? Vega;
    public decimal? Theta;
    public decimal? UndPrice;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref TickType, "tick_type");
        v.Int(ref TickAttrib, "tick_attrib");
        v.DecMax(ref ImpliedVol, "implied_vol");
        v.DecMax(ref Delta, "delta");
        v.DecMax(ref OptPrice, "opt_price");
        v.DecMax(ref PvDividend, "pv_dividend");
        v.DecMax(ref Gamma, "gamma");
        v.DecMax(ref Vega, "vega");
        v.DecMax(ref Theta, "theta");
        v.DecMax(ref UndPrice, "und_price");
    }
}

/// <summary>TICK_GENERIC (45): a numeric tick (halted, shortable, volatility…).</summary>
[WireMessage(Direction.Server, InMsg.TickGeneric, "tick_generic")]
public sealed class TickGeneric : Message
{
    public int ReqId;
    public int Field;
    public decimal Value;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.Dec(ref Value, "value");
    }
}

/// <summary>TICK_STRING (46): a text tick (last timestamp, RTVolume "price;size;time;totalVol;vwap;single"…).</summary>
[WireMessage(Direction.Server, InMsg.TickString, "tick_string")]
public sealed class TickString : Message
{
    public int ReqId;
    public int Field;
    public string Value = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.Str(ref Value, "value");
    }
}

/// <summary>TICK_EFP (47): exchange-for-physical values. Not decoded by ibkr-go.</summary>
[WireMessage(Direction.Server, InMsg.TickEfp, "tick_efp")]
public sealed class TickEfp : Message
{
    public int ReqId;
    public int Field;
    public decimal BasisPoints;
    public string FormattedBasisPoints = string.Empty;
    public decimal ImpliedFuturesPrice;
    public int HoldDays;
    public string FutureLastTradeDate = string.Empty;
    public decimal DividendImpact;
    public decimal DividendsToLastTradeDate;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(6);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Field, "field");
        v.Dec(ref BasisPoints, "basis_points");
        v.Str(ref FormattedBasisPoints, "formatted_basis_points");
        v.Dec(ref ImpliedFuturesPrice, "implied_futures_price");
        v.Int(ref HoldDays, "hold_days");
        v.Str(ref FutureLastTradeDate, "future_last_trade_date");
        v.Dec(ref DividendImpact, "dividend_impact");
        v.Dec(ref DividendsToLastTradeDate, "dividends_to_last_trade_date");
    }
}

/// <summary>TICK_SNAPSHOT_END (57): the snapshot of a reqMktData snapshot request is complete.</summary>
[WireMessage(Direction.Server, InMsg.TickSnapshotEnd, "tick_snapshot_end")]
public sealed class TickSnapshotEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>MARKET_DATA_TYPE (58): 1 live, 2 frozen, 3 delayed, 4 delayed-frozen.</summary>
[WireMessage(Direction.Server, InMsg.MarketDataType, "market_data_type")]
public sealed class MarketDataType : Message
{
    public int ReqId;
    public int DataType;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Int(ref DataType, "data_type");
    }
}

/// <summary>TICK_REQ_PARAMS (81): sent at the start of a subscription. No version field.</summary>
[WireMessage(Direction.Server, InMsg.TickReqParams, "tick_req_params")]
public sealed class TickReqParams : Message
{
    public int ReqId;

    /// <summary>Unset (Double.MAX) when the instrument has no fixed minimum tick.</summary>
    public decimal? MinTick;

    public string BboExchange = string.Empty;
    public int SnapshotPermissions;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.DecMax(ref MinTick, "min_tick");
        v.Str(ref BboExchange, "bbo_exchange");
        v.Int(ref SnapshotPermissions, "snapshot_permissions");
    }
}

/// <summary>TICK_NEWS (84): a headline on a market-data subscription (generic tick 292). No version field.</summary>
[WireMessage(Direction.Server, InMsg.TickNews, "tick_news")]
public sealed class TickNews : Message
{
    public int ReqId;
    public long TimeStamp;

    public string ProviderCode = string.Empty;
    public string ArticleId = string.Empty;
    public string Headline = string.Empty;
    public string ExtraData = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Long(ref TimeStamp, "time_stamp");
        v.Str(ref ProviderCode, "provider_code");
        v.Str(ref ArticleId, "article_id");
        v.Text(ref Headline, "headline");
        v.Str(ref ExtraData, "extra_data");
    }
}

/// <summary>REROUTE_MKT_DATA_REQ (91): a reqMktData subscription was rerouted (CFD underlying). Not decoded by ibkr-go.</summary>
[WireMessage(Direction.Server, InMsg.RerouteMktDataReq, "reroute_mkt_data_req")]
public sealed class RerouteMktDataReq : Message
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
