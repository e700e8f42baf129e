using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_CONTRACT_DATA (9), version 8: 12-field contract block with primaryExchange, then includeExpired,
/// secIdType, secId and issuerId (server version 176). Transcript name <c>req_contract_details</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqContractData, "req_contract_details")]
public sealed class ReqContractDetails : Message
{
    public int ReqId;
    public Contract Contract = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(8);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        v.Bool(ref Contract.IncludeExpired, "contract.include_expired");
        v.Str(ref Contract.SecIdType, "contract.sec_id_type");
        v.Str(ref Contract.SecId, "contract.sec_id");
        v.Str(ref Contract.IssuerId, "contract.issuer_id");
    }
}

/// <summary>
/// REQ_FUNDAMENTAL_DATA (52), version 3: a short contract block (conId, symbol, secType, exchange,
/// primaryExchange, currency, localSymbol), the report type and the options string.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqFundamentalData, "req_fundamental_data")]
public sealed class ReqFundamentalData : Message
{
    public int ReqId;
    public Contract Contract = new();
    public string ReportType = string.Empty;

    /// <summary>fundamentalDataOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string FundamentalDataOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Contract.ConId, "contract.con_id");
        v.Str(ref Contract.Symbol, "contract.symbol");
        v.Str(ref Contract.SecType, "contract.sec_type");
        v.Str(ref Contract.Exchange, "contract.exchange");
        v.Str(ref Contract.PrimaryExchange, "contract.primary_exchange");
        v.Str(ref Contract.Currency, "contract.currency");
        v.Str(ref Contract.LocalSymbol, "contract.local_symbol");
        v.Str(ref ReportType, "report_type");
        v.Str(ref FundamentalDataOptions, "fundamental_data_options");
    }
}

/// <summary>CANCEL_FUNDAMENTAL_DATA (53), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelFundamentalData, "cancel_fundamental_data")]
public sealed class CancelFundamentalData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_SEC_DEF_OPT_PARAMS (78), no version field: the option chain parameters of an underlying.</summary>
[WireMessage(Direction.Client, OutMsg.ReqSecDefOptParams, "req_sec_def_opt_params")]
public sealed class ReqSecDefOptParams : Message
{
    public int ReqId;
    public string UnderlyingSymbol = string.Empty;
    public string FutFopExchange = string.Empty;
    public string UnderlyingSecType = string.Empty;
    public int UnderlyingConId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref UnderlyingSymbol, "underlying_symbol");
        v.Str(ref FutFopExchange, "fut_fop_exchange");
        v.Str(ref UnderlyingSecType, "underlying_sec_type");
        v.Int(ref UnderlyingConId, "underlying_con_id");
    }
}

/// <summary>REQ_MATCHING_SYMBOLS (81), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.ReqMatchingSymbols, "req_matching_symbols")]
public sealed class ReqMatchingSymbols : Message
{
    public int ReqId;
    public string Pattern = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Pattern, "pattern");
    }
}

/// <summary>REQ_SMART_COMPONENTS (83), no version field: the exchanges behind a BBO exchange code ("9c0001").</summary>
[WireMessage(Direction.Client, OutMsg.ReqSmartComponents, "req_smart_components")]
public sealed class ReqSmartComponents : Message
{
    public int ReqId;
    public string BboExchange = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref BboExchange, "bbo_exchange");
    }
}

/// <summary>REQ_MARKET_RULE (91), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.ReqMarketRule, "req_market_rule")]
public sealed class ReqMarketRule : Message
{
    public int MarketRuleId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref MarketRuleId, "market_rule_id");
    }
}

/// <summary>REQ_FAMILY_CODES (80): the frame is the id alone.</summary>
[WireMessage(Direction.Client, OutMsg.ReqFamilyCodes, "req_family_codes")]
public sealed class ReqFamilyCodes : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
    }
}
