using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// PLACE_ORDER (3): a new order, or a modify when the order id is reused. No version field since
/// server version 145. Official EClient.placeOrder at server version 200: 119 fields for a plain
/// order; the combo block (BAG only), hedge param, delta-neutral order fields, scale extension,
/// delta-neutral contract, algo params, PEG BENCH fields, conditions and the IBKRATS / PEG BEST /
/// PEG MID fields are inserted only when their condition holds.
/// </summary>
[WireMessage(Direction.Client, OutMsg.PlaceOrder, "place_order")]
public sealed class PlaceOrder : Message
{
    public Contract Contract = new();
    public Order Order = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = Contract;
        var o = Order;
        v.Int(ref o.OrderId, "order_id");
        ContractFields.Request(v, c);
        v.Str(ref c.SecIdType, "contract.sec_id_type");
        v.Str(ref c.SecId, "contract.sec_id");
        OrderFields.Main(v, o, "total_quantity");
        v.Bool(ref o.Transmit, "transmit");
        v.Int(ref o.ParentId, "parent_id");
        v.Bool(ref o.BlockOrder, "block_order");
        v.Bool(ref o.SweepToFill, "sweep_to_fill");
        v.Int(ref o.DisplaySize, "display_size");
        v.Int(ref o.TriggerMethod, "trigger_method");
        v.Bool(ref o.OutsideRth, "outside_rth");
        v.Bool(ref o.Hidden, "hidden");
        if (c.SecType == "BAG")
        {
            v.List(c.ComboLegs, "combo_legs");
            v.List(o.OrderComboLegs, "order_combo_leg_prices");
            v.List(o.SmartComboRoutingParams, "smart_combo_routing_params");
        }

        v.Filler(string.Empty); // deprecated sharesAllocation
        v.Dec(ref o.DiscretionaryAmt, "discretionary_amt");
        v.Str(ref o.GoodAfterTime, "good_after_time");
        v.Str(ref o.GoodTillDate, "good_till_date");
        v.Str(ref o.FaGroup, "fa_group");
        v.Str(ref o.FaMethod, "fa_method");
        v.Str(ref o.FaPercentage, "fa_percentage");
        v.Str(ref o.ModelCode, "model_code");
        v.Int(ref o.ShortSaleSlot, "short_sale_slot");
        v.Str(ref o.DesignatedLocation, "designated_location");
        v.Int(ref o.ExemptCode, "exempt_code");
        v.Int(ref o.OcaType, "oca_type");
        v.Str(ref o.Rule80A, "rule80a");
        v.Str(ref o.SettlingFirm, "settling_firm");
        v.Bool(ref o.AllOrNone, "all_or_none");
        v.IntMax(ref o.MinQty, "min_qty");
        v.DecMax(ref o.PercentOffset, "percent_offset");
        v.Filler("0"); // deprecated eTradeOnly
        v.Filler("0"); // deprecated firmQuoteOnly
        v.Filler(string.Empty); // deprecated nbboPriceCap (sendMax of MAX)
        v.IntMax(ref o.AuctionStrategy, "auction_strategy");
        OrderFields.BoxAndPegToStock(v, o);
        v.Bool(ref o.OverridePercentageConstraints, "override_percentage_constraints");
        OrderFields.VolatilityAndTrail(v, o, clearing: true);
        OrderFields.Scale(v, o);
        v.Str(ref o.ScaleTable, "scale_table");
        v.Str(ref o.ActiveStartTime, "active_start_time");
        v.Str(ref o.ActiveStopTime, "active_stop_time");
        OrderFields.Hedge(v, o);
        v.Bool(ref o.OptOutSmartRouting, "opt_out_smart_routing");
        OrderFields.ClearingDeltaNeutralAlgo(v, c, o, CountRule.Required);
        v.Str(ref o.AlgoId, "algo_id");
        v.Bool(ref o.WhatIf, "what_if");
        v.Str(ref o.OrderMiscOptions, "order_misc_options");
        v.Bool(ref o.Solicited, "solicited");
        OrderFields.RandomizePegBenchConditions(v, o, CountRule.Required);
        OrderFields.Adjusted(v, o, trailStopCopy: false);
        v.Str(ref o.ExtOperator, "ext_operator");
        v.Str(ref o.SoftDollarTierName, "soft_dollar_name");
        v.Str(ref o.SoftDollarTierValue, "soft_dollar_value");
        v.DecMax(ref o.CashQty, "cash_qty");
        v.Str(ref o.Mifid2DecisionMaker, "mifid2_decision_maker");
        v.Str(ref o.Mifid2DecisionAlgo, "mifid2_decision_algo");
        v.Str(ref o.Mifid2ExecutionTrader, "mifid2_execution_trader");
        v.Str(ref o.Mifid2ExecutionAlgo, "mifid2_execution_algo");
        v.Bool(ref o.DontUseAutoPriceForHedge, "dont_use_auto_price_for_hedge");
        v.Bool(ref o.IsOmsContainer, "is_oms_container");
        v.Bool(ref o.DiscretionaryUpToLimitPrice, "discretionary_up_to_limit_price");
        v.IntMax(ref o.UsePriceMgmtAlgo, "use_price_mgmt_algo");
        v.IntMax(ref o.Duration, "duration");
        v.IntMax(ref o.PostToAts, "post_to_ats");
        v.Bool(ref o.AutoCancelParent, "auto_cancel_parent");
        v.Str(ref o.AdvancedErrorOverride, "advanced_error_override");
        v.Str(ref o.ManualOrderTime, "manual_order_time");
        if (c.Exchange == "IBKRATS")
        {
            v.IntMax(ref o.MinTradeQty, "min_trade_qty");
        }

        var midOffsets = o.IsPegMid;
        if (o.IsPegBest)
        {
            v.IntMax(ref o.MinCompeteSize, "min_compete_size");
            OrderFields.CompeteAgainstBestOffset(v, o);
            midOffsets = o.CompeteAgainstBestOffsetUpToMid;
        }

        if (midOffsets)
        {
            v.DecMax(ref o.MidOffsetAtWhole, "mid_offset_at_whole");
            v.DecMax(ref o.MidOffsetAtHalf, "mid_offset_at_half");
        }

        v.Str(ref o.CustomerAccount, "customer_account");
        v.Bool(ref o.ProfessionalCustomer, "professional_customer");
        v.Bool(ref o.IncludeOvernight, "include_overnight");
        v.IntMax(ref o.ManualOrderIndicator, "manual_order_indicator");
        v.Bool(ref o.ImbalanceOnly, "imbalance_only");
    }
}
