namespace Ibkr.Protocol.Messages.Inbound;

// Symbol search, option chains, market rules and SMART components. Official EDecoder layouts at server
// version 200.

/// <summary>One match of SYMBOL_SAMPLES: a contract description and the derivative types it has.</summary>
public sealed class ContractDescription : FieldGroup
{
    public int ConId;
    public string Symbol = string.Empty;
    public string SecType = string.Empty;
    public string PrimaryExchange = string.Empty;
    public string Currency = string.Empty;
    public List<string> DerivativeSecTypes = [];
    public string Description = string.Empty;
    public string IssuerId = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ConId, "con_id");
        v.Str(ref Symbol, "symbol");
        v.Str(ref SecType, "sec_type");
        v.Str(ref PrimaryExchange, "primary_exchange");
        v.Str(ref Currency, "currency");
        v.Strings(DerivativeSecTypes, "derivative_sec_types");
        v.Str(ref Description, "description");
        v.Str(ref IssuerId, "issuer_id");
    }
}

/// <summary>
/// SYMBOL_SAMPLES (79): the reply to reqMatchingSymbols. Every entry ends with description and issuerId
/// (always present since server version 176).
/// </summary>
[WireMessage(Direction.Server, InMsg.SymbolSamples, "matching_symbols")]
public sealed class SymbolSamples : Message
{
    public int ReqId;
    public List<ContractDescription> ContractDescriptions = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(ContractDescriptions, "symbols");
    }
}

/// <summary>
/// SECURITY_DEFINITION_OPTION_PARAMETER (75): one exchange's option chain for reqSecDefOptParams.
/// The expirations count follows the multiplier directly.
/// </summary>
[WireMessage(Direction.Server, InMsg.SecurityDefinitionOptionParameter, "sec_def_opt_params")]
public sealed class SecurityDefinitionOptionParameter : Message
{
    public int ReqId;
    public string Exchange = string.Empty;
    public int UnderlyingConId;
    public string TradingClass = string.Empty;
    public string Multiplier = string.Empty;

    /// <summary>Expiration dates, YYYYMMDD.</summary>
    public List<string> Expirations = [];

    public List<decimal> Strikes = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Exchange, "exchange");
        v.Int(ref UnderlyingConId, "underlying_con_id");
        v.Str(ref TradingClass, "trading_class");
        v.Str(ref Multiplier, "multiplier");
        v.Strings(Expirations, "expirations");
        v.Decimals(Strikes, "strikes");
    }
}

/// <summary>SECURITY_DEFINITION_OPTION_PARAMETER_END (76): the end of a reqSecDefOptParams reply.</summary>
[WireMessage(Direction.Server, InMsg.SecurityDefinitionOptionParameterEnd, "sec_def_opt_params_end")]
public sealed class SecurityDefinitionOptionParameterEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>One price band of a market rule: from <c>LowEdge</c> up, prices move in steps of <c>Increment</c>.</summary>
public sealed class PriceIncrement : FieldGroup
{
    public decimal LowEdge;
    public decimal Increment;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Dec(ref LowEdge, "low_edge");
        v.Dec(ref Increment, "increment");
    }
}

/// <summary>MARKET_RULE (93): the price increments of one market rule id (reqMarketRule).</summary>
[WireMessage(Direction.Server, InMsg.MarketRule, "market_rule")]
public sealed class MarketRule : Message
{
    public int MarketRuleId;
    public List<PriceIncrement> PriceIncrements = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref MarketRuleId, "market_rule_id");
        v.List(PriceIncrements, "increments");
    }
}

/// <summary>One exchange of a SMART components map.</summary>
public sealed class SmartComponent : FieldGroup
{
    public int BitNumber;
    public string ExchangeName = string.Empty;

    /// <summary>One character on the wire (official type char).</summary>
    public string ExchangeLetter = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref BitNumber, "bit_number");
        v.Str(ref ExchangeName, "exchange_name");
        v.Str(ref ExchangeLetter, "exchange_letter");
    }
}

/// <summary>SMART_COMPONENTS (82): the exchanges behind a BBO exchange code (reqSmartComponents).</summary>
[WireMessage(Direction.Server, InMsg.SmartComponents, "smart_components")]
public sealed class SmartComponents : Message
{
    public int ReqId;
    public List<SmartComponent> Components = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Components, "components");
    }
}
