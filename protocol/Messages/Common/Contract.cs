namespace Ibkr.Protocol.Messages.Common;

/// <summary>
/// The wire view of an instrument. Which of these fields a message carries, and in what order,
/// depends on the message; see <see cref="ContractFields"/> for the recurring blocks.
/// </summary>
public sealed class Contract
{
    public int ConId;
    public string Symbol = string.Empty;
    public string SecType = string.Empty;

    /// <summary>lastTradeDateOrContractMonth (transcript key <c>expiry</c>).</summary>
    public string LastTradeDateOrContractMonth = string.Empty;

    /// <summary>lastTradeDate (CONTRACT_DATA since server version 182).</summary>
    public string LastTradeDate = string.Empty;

    /// <summary>Unset (null) is sent as an empty field, as the official client does with its Double.MAX default.</summary>
    public decimal? Strike;
    public string Right = string.Empty;
    public string Multiplier = string.Empty;
    public string Exchange = string.Empty;
    public string PrimaryExchange = string.Empty;
    public string Currency = string.Empty;
    public string LocalSymbol = string.Empty;
    public string TradingClass = string.Empty;
    public bool IncludeExpired;
    public string SecIdType = string.Empty;
    public string SecId = string.Empty;
    public string Description = string.Empty;
    public string IssuerId = string.Empty;
    public string ComboLegsDescription = string.Empty;
    public List<ComboLeg> ComboLegs = [];

    /// <summary>Present when the order or request carries a delta-neutral underlying.</summary>
    public DeltaNeutralContract? DeltaNeutral;
}

/// <summary>One leg of a BAG (combo) contract.</summary>
public sealed class ComboLeg : FieldGroup
{
    public int ConId;
    public int Ratio;
    public string Action = string.Empty;
    public string Exchange = string.Empty;
    public int OpenClose;
    public int ShortSaleSlot;
    public string DesignatedLocation = string.Empty;
    public int ExemptCode = -1;

    /// <summary>The leg layout shared by placeOrder and OPEN_ORDER/COMPLETED_ORDER.</summary>
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ConId, "con_id");
        v.Int(ref Ratio, "ratio");
        v.Str(ref Action, "action");
        v.Str(ref Exchange, "exchange");
        v.Int(ref OpenClose, "open_close");
        v.Int(ref ShortSaleSlot, "short_sale_slot");
        v.Str(ref DesignatedLocation, "designated_location");
        v.Int(ref ExemptCode, "exempt_code");
    }
}

/// <summary>The delta-neutral underlying of a combo or option order.</summary>
public sealed class DeltaNeutralContract
{
    public int ConId;
    public decimal Delta;
    public decimal Price;
}

/// <summary>A tag/value pair (algo params, smart-combo routing params, misc options).</summary>
public sealed class TagValue : FieldGroup
{
    public string Tag = string.Empty;
    public string Value = string.Empty;

    /// <inheritdoc/>
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref Tag, "tag");
        v.Str(ref Value, "value");
    }
}
