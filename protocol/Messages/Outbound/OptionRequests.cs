using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_CALC_IMPLIED_VOLAT (54), version 3: 12-field contract block (no includeExpired), then the option
/// price and the underlying price, both sent unconditionally, then the options string.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqCalcImpliedVolatility, "req_calc_implied_volatility")]
public sealed class ReqCalcImpliedVolatility : Message
{
    public int ReqId;
    public Contract Contract = new();
    public decimal OptionPrice;
    public decimal UnderPrice;

    /// <summary>impliedVolatilityOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string ImpliedVolatilityOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        v.Dec(ref OptionPrice, "option_price");
        v.Dec(ref UnderPrice, "under_price");
        v.Str(ref ImpliedVolatilityOptions, "impl_vol_options");
    }
}

/// <summary>
/// REQ_CALC_OPTION_PRICE (55), version 3: 12-field contract block (no includeExpired), then the volatility
/// and the underlying price, both sent unconditionally, then the options string.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqCalcOptionPrice, "req_calc_option_price")]
public sealed class ReqCalcOptionPrice : Message
{
    public int ReqId;
    public Contract Contract = new();
    public decimal Volatility;
    public decimal UnderPrice;

    /// <summary>optionPriceOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string OptionPriceOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        v.Dec(ref Volatility, "volatility");
        v.Dec(ref UnderPrice, "under_price");
        v.Str(ref OptionPriceOptions, "opt_prc_options");
    }
}

/// <summary>CANCEL_CALC_IMPLIED_VOLAT (56), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelCalcImpliedVolatility, "cancel_calc_implied_volatility")]
public sealed class CancelCalcImpliedVolatility : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>CANCEL_CALC_OPTION_PRICE (57), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelCalcOptionPrice, "cancel_calc_option_price")]
public sealed class CancelCalcOptionPrice : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}
