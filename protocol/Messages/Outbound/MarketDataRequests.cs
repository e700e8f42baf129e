using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_MKT_DATA (1), version 11: a top-of-book subscription or snapshot. Official EClient.reqMktData at
/// server version 200: contract block with primaryExchange, BAG legs, delta-neutral block, generic ticks,
/// snapshot, regulatory snapshot, options. Transcript name <c>req_quote</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqMktData, "req_quote")]
public sealed class ReqMktData : Message
{
    public int ReqId;
    public Contract Contract = new();

    /// <summary>BAG legs, sent only for sec_type BAG, in the short 4-field form.</summary>
    public List<RequestComboLeg> ComboLegs = [];

    public List<string> GenericTicks = [];
    public bool Snapshot;
    public bool RegulatorySnapshot;

    /// <summary>mktDataOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string MktDataOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(11);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        if (Contract.SecType == "BAG")
        {
            v.List(ComboLegs, "combo_legs");
        }

        DeltaNeutralFields.Visit(v, Contract);
        v.Csv(GenericTicks, "generic_ticks");
        v.Bool(ref Snapshot, "snapshot");
        v.Bool(ref RegulatorySnapshot, "regulatory_snapshot");
        v.Str(ref MktDataOptions, "mkt_data_options");
    }
}

/// <summary>CANCEL_MKT_DATA (2), version 1. Transcript name <c>cancel_quote</c>.</summary>
[WireMessage(Direction.Client, OutMsg.CancelMktData, "cancel_quote")]
public sealed class CancelMktData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_MARKET_DATA_TYPE (59), version 1: 1 live, 2 frozen, 3 delayed, 4 delayed-frozen.</summary>
[WireMessage(Direction.Client, OutMsg.ReqMarketDataType, "req_market_data_type")]
public sealed class ReqMarketDataType : Message
{
    public int MarketDataType;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref MarketDataType, "data_type");
    }
}

/// <summary>
/// REQ_TICK_BY_TICK_DATA (97), no version field: 12-field contract block (no includeExpired), tick type,
/// number of ticks and ignoreSize (both since server version 140). Transcript name <c>req_tick_by_tick</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqTickByTickData, "req_tick_by_tick")]
public sealed class ReqTickByTickData : Message
{
    public int ReqId;
    public Contract Contract = new();

    /// <summary>Last, AllLast, BidAsk or MidPoint.</summary>
    public string TickType = string.Empty;

    public int NumberOfTicks;
    public bool IgnoreSize;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        v.Str(ref TickType, "tick_type");
        v.Int(ref NumberOfTicks, "number_of_ticks");
        v.Bool(ref IgnoreSize, "ignore_size");
    }
}

/// <summary>CANCEL_TICK_BY_TICK_DATA (98), no version field. Transcript name <c>cancel_tick_by_tick</c>.</summary>
[WireMessage(Direction.Client, OutMsg.CancelTickByTickData, "cancel_tick_by_tick")]
public sealed class CancelTickByTickData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}
