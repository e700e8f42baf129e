using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_MKT_DATA (1), version 11: a top-of-book subscription or snapshot. Official EClient.reqMktData at
/// server version 200: contract block with primaryExchange, BAG legs, delta-neutral block, generic ticks,
/// snapshot, regulatory snapshot, options.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqMktData, "req_mkt_data")]
public sealed class ReqMktData : Message
{
    public int ReqId;
    public Contract Contract = new();

    /// <summary>BAG legs, sent only for sec_type BAG, in the short 4-field form.</summary>
    public List<RequestComboLeg> ComboLegs = [];

    public List<string> GenericTicks = [];
    public bool Snapshot;
    public bool RegulatorySnapshot;
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

/// <summary>CANCEL_MKT_DATA (2).</summary>
[WireMessage(Direction.Client, OutMsg.CancelMktData, "cancel_mkt_data")]
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
