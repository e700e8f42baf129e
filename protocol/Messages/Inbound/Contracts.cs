using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Inbound;

// Replies to reqContractDetails and related contract reference requests. Official EDecoder layouts at
// server version 200.

/// <summary>
/// CONTRACT_DATA (10): one instrument of a reqContractDetails reply. No version field since server version
/// 164; lastTradeDate follows lastTradeDateOrContractMonth (182); the field after minTick is the contract
/// multiplier (the old mdSizeMultiplier is gone); a FUND block (179) and ineligibility reasons (186) end it.
/// </summary>
[WireMessage(Direction.Server, InMsg.ContractData, "contract_details")]
public sealed class ContractData : Message
{
    public int ReqId;
    public ContractDetails Details = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var d = Details;
        var c = d.Contract;
        v.Int(ref ReqId, "req_id");
        v.Str(ref c.Symbol, "contract.symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref c.LastTradeDateOrContractMonth, "contract.expiry");
        v.Str(ref c.LastTradeDate, "contract.last_trade_date");
        v.DecMax(ref c.Strike, "contract.strike");
        v.Str(ref c.Right, "contract.right");
        v.Str(ref c.Exchange, "contract.exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref c.LocalSymbol, "contract.local_symbol");
        v.Str(ref d.MarketName, "market_name");
        v.Str(ref c.TradingClass, "contract.trading_class");
        v.Int(ref c.ConId, "contract.con_id");
        v.Dec(ref d.MinTick, "min_tick");
        v.Str(ref c.Multiplier, "contract.multiplier");
        v.Str(ref d.OrderTypes, "order_types");
        v.Str(ref d.ValidExchanges, "valid_exchanges");
        v.Int(ref d.PriceMagnifier, "price_magnifier");
        v.Int(ref d.UnderConId, "under_con_id");
        v.Text(ref d.LongName, "long_name");
        v.Str(ref c.PrimaryExchange, "contract.primary_exchange");
        v.Str(ref d.ContractMonth, "contract_month");
        v.Str(ref d.Industry, "industry");
        v.Str(ref d.Category, "category");
        v.Str(ref d.Subcategory, "subcategory");
        v.Str(ref d.TimeZoneId, "time_zone_id");
        v.Str(ref d.TradingHours, "trading_hours");
        v.Str(ref d.LiquidHours, "liquid_hours");
        v.Str(ref d.EvRule, "ev_rule");
        v.DecMax(ref d.EvMultiplier, "ev_multiplier");
        v.List(d.SecIdList, "sec_id_list");
        v.Int(ref d.AggGroup, "agg_group");
        v.Str(ref d.UnderSymbol, "under_symbol");
        v.Str(ref d.UnderSecType, "under_sec_type");
        v.Str(ref d.MarketRuleIds, "market_rule_ids");
        v.Str(ref d.RealExpirationDate, "real_expiration_date");
        v.Str(ref d.StockType, "stock_type");
        v.DecMax(ref d.MinSize, "min_size");
        v.DecMax(ref d.SizeIncrement, "size_increment");
        v.DecMax(ref d.SuggestedSizeIncrement, "suggested_size_increment");
        if (c.SecType == "FUND")
        {
            v.Str(ref d.FundName, "fund_name");
            v.Str(ref d.FundFamily, "fund_family");
            v.Str(ref d.FundType, "fund_type");
            v.Str(ref d.FundFrontLoad, "fund_front_load");
            v.Str(ref d.FundBackLoad, "fund_back_load");
            v.Str(ref d.FundBackLoadTimeInterval, "fund_back_load_time_interval");
            v.Str(ref d.FundManagementFee, "fund_management_fee");
            v.Bool(ref d.FundClosed, "fund_closed");
            v.Bool(ref d.FundClosedForNewInvestors, "fund_closed_for_new_investors");
            v.Bool(ref d.FundClosedForNewMoney, "fund_closed_for_new_money");
            v.Str(ref d.FundNotifyAmount, "fund_notify_amount");
            v.Str(ref d.FundMinimumInitialPurchase, "fund_minimum_initial_purchase");
            v.Str(ref d.FundSubsequentMinimumPurchase, "fund_subsequent_minimum_purchase");
            v.Str(ref d.FundBlueSkyStates, "fund_blue_sky_states");
            v.Str(ref d.FundBlueSkyTerritories, "fund_blue_sky_territories");
            v.Str(ref d.FundDistributionPolicyIndicator, "fund_distribution_policy_indicator");
            v.Str(ref d.FundAssetType, "fund_asset_type");
        }

        v.List(d.IneligibilityReasonList, "ineligibility_reasons");
    }
}

/// <summary>
/// BOND_CONTRACT_DATA (18): one bond of a reqContractDetails reply. No version field since server version
/// 164; no multiplier slot; longName is not unescaped; timeZoneId, tradingHours and liquidHours since 188.
/// </summary>
[WireMessage(Direction.Server, InMsg.BondContractData, "bond_contract_data")]
public sealed class BondContractData : Message
{
    public int ReqId;
    public ContractDetails Details = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var d = Details;
        var c = d.Contract;
        v.Int(ref ReqId, "req_id");
        v.Str(ref c.Symbol, "contract.symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref d.Cusip, "cusip");
        v.Dec(ref d.Coupon, "coupon");
        v.Str(ref d.Maturity, "maturity");
        v.Str(ref d.IssueDate, "issue_date");
        v.Str(ref d.Ratings, "ratings");
        v.Str(ref d.BondType, "bond_type");
        v.Str(ref d.CouponType, "coupon_type");
        v.Bool(ref d.Convertible, "convertible");
        v.Bool(ref d.Callable, "callable");
        v.Bool(ref d.Putable, "putable");
        v.Str(ref d.DescAppend, "desc_append");
        v.Str(ref c.Exchange, "contract.exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref d.MarketName, "market_name");
        v.Str(ref c.TradingClass, "contract.trading_class");
        v.Int(ref c.ConId, "contract.con_id");
        v.Dec(ref d.MinTick, "min_tick");
        v.Str(ref d.OrderTypes, "order_types");
        v.Str(ref d.ValidExchanges, "valid_exchanges");
        v.Str(ref d.NextOptionDate, "next_option_date");
        v.Str(ref d.NextOptionType, "next_option_type");
        v.Bool(ref d.NextOptionPartial, "next_option_partial");
        v.Str(ref d.Notes, "notes");
        v.Str(ref d.LongName, "long_name");
        v.Str(ref d.TimeZoneId, "time_zone_id");
        v.Str(ref d.TradingHours, "trading_hours");
        v.Str(ref d.LiquidHours, "liquid_hours");
        v.Str(ref d.EvRule, "ev_rule");
        v.DecMax(ref d.EvMultiplier, "ev_multiplier");
        v.List(d.SecIdList, "sec_id_list");
        v.Int(ref d.AggGroup, "agg_group");
        v.Str(ref d.MarketRuleIds, "market_rule_ids");
        v.DecMax(ref d.MinSize, "min_size");
        v.DecMax(ref d.SizeIncrement, "size_increment");
        v.DecMax(ref d.SuggestedSizeIncrement, "suggested_size_increment");
    }
}

/// <summary>CONTRACT_DATA_END (52): the end of a reqContractDetails reply.</summary>
[WireMessage(Direction.Server, InMsg.ContractDataEnd, "contract_details_end")]
public sealed class ContractDataEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>DELTA_NEUTRAL_VALIDATION (56): the underlying the Gateway chose for a delta-neutral order.</summary>
[WireMessage(Direction.Server, InMsg.DeltaNeutralValidation, "delta_neutral_validation")]
public sealed class DeltaNeutralValidation : Message
{
    public int ReqId;
    public DeltaNeutralContract DeltaNeutralContract = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var dn = DeltaNeutralContract;
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Int(ref dn.ConId, "delta_neutral_contract.con_id");
        v.Dec(ref dn.Delta, "delta_neutral_contract.delta");
        v.Dec(ref dn.Price, "delta_neutral_contract.price");
    }
}

/// <summary>FUNDAMENTAL_DATA (51): a Reuters fundamentals report, one XML text field.</summary>
[WireMessage(Direction.Server, InMsg.FundamentalData, "fundamental_data")]
public sealed class FundamentalData : Message
{
    public int ReqId;
    public string Data = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Data, "data");
    }
}
