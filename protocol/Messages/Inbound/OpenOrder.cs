using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Protocol.Messages.Inbound;

/// <summary>
/// OPEN_ORDER (5): one order with its state, no version field since server version 145. Official
/// EDecoder.OpenOrderEvent / EOrderDecoder at server version 200: 155 fields after the id for a plain
/// order whose deltaNeutralOrderType is <c>None</c> (which brings the 8-field delta-neutral block);
/// the frame ends at imbalanceOnly (there is no order-status tail: filled/remaining come from ORDER_STATUS).
/// </summary>
[WireMessage(Direction.Server, InMsg.OpenOrder, "open_order")]
public sealed class OpenOrder : Message
{
    public Contract Contract = new();
    public Order Order = new();
    public OrderState OrderState = new();

    /// <summary>Deprecated sharesAllocation, still filled by TWS (e.g. <c>permId.1/account/100</c>).</summary>
    public string SharesAllocation = string.Empty;

    // Deprecated slots the official decoder reads and drops.
    public bool ETradeOnly;
    public bool FirmQuoteOnly;
    public decimal? NbboPriceCap;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = Contract;
        var o = Order;
        v.Int(ref o.OrderId, "order_id");
        ContractFields.Server(v, c);
        OrderFields.Main(v, o, "quantity");
        v.Int(ref o.ClientId, "client_id");
        OrderFields.Reported(v, o);
        v.Str(ref SharesAllocation, "shares_allocation");
        OrderFields.ReportedAllocationAndShortSale(v, o);
        v.IntMax(ref o.AuctionStrategy, "auction_strategy");
        OrderFields.BoxAndPegToStock(v, o);
        v.Int(ref o.DisplaySize, "display_size");
        v.Bool(ref o.BlockOrder, "block_order");
        v.Bool(ref o.SweepToFill, "sweep_to_fill");
        v.Bool(ref o.AllOrNone, "all_or_none");
        v.IntMax(ref o.MinQty, "min_qty");
        v.Int(ref o.OcaType, "oca_type");
        v.Bool(ref ETradeOnly, "e_trade_only");
        v.Bool(ref FirmQuoteOnly, "firm_quote_only");
        v.DecMax(ref NbboPriceCap, "nbbo_price_cap");
        v.Int(ref o.ParentId, "parent_id");
        v.Int(ref o.TriggerMethod, "trigger_method");
        OrderFields.VolatilityAndTrail(v, o, clearing: true);
        v.DecMax(ref o.BasisPoints, "basis_points");
        v.IntMax(ref o.BasisPointsType, "basis_points_type");
        OrderFields.ReportedCombo(v, c, o);
        OrderFields.Scale(v, o);
        OrderFields.Hedge(v, o);
        v.Bool(ref o.OptOutSmartRouting, "opt_out_smart_routing");
        OrderFields.ClearingDeltaNeutralAlgo(v, c, o, CountRule.Optional);
        v.Bool(ref o.Solicited, "solicited");
        v.Bool(ref o.WhatIf, "what_if");
        WhatIfPreview(v, OrderState);
        OrderFields.RandomizePegBenchConditions(v, o, CountRule.Optional);
        OrderFields.Adjusted(v, o, trailStopCopy: true);
        v.Str(ref o.SoftDollarTierName, "soft_dollar_name");
        v.Str(ref o.SoftDollarTierValue, "soft_dollar_value");
        v.Str(ref o.SoftDollarTierDisplayName, "soft_dollar_display_name");
        v.DecMax(ref o.CashQty, "cash_qty");
        v.Bool(ref o.DontUseAutoPriceForHedge, "dont_use_auto_price_for_hedge");
        v.Bool(ref o.IsOmsContainer, "is_oms_container");
        v.Bool(ref o.DiscretionaryUpToLimitPrice, "discretionary_up_to_limit_price");
        v.IntMax(ref o.UsePriceMgmtAlgo, "use_price_mgmt_algo");
        v.IntMax(ref o.Duration, "duration");
        v.IntMax(ref o.PostToAts, "post_to_ats");
        v.Bool(ref o.AutoCancelParent, "auto_cancel_parent");
        OrderFields.ReportedPegBestPegMid(v, o);
        v.Str(ref o.CustomerAccount, "customer_account");
        v.Bool(ref o.ProfessionalCustomer, "professional_customer");
        v.Str(ref o.BondAccruedInterest, "bond_accrued_interest");
        v.Bool(ref o.IncludeOvernight, "include_overnight");
        v.Str(ref o.ExtOperator, "ext_operator");
        v.IntMax(ref o.ManualOrderIndicator, "manual_order_indicator");
        v.Str(ref o.Submitter, "submitter");
        v.Bool(ref o.ImbalanceOnly, "imbalance_only");
    }

    /// <summary>
    /// status, the nine margin values (text), commission/min/max (unset = MAX), commission currency, and
    /// the server-version-195 preview: marginCurrency, nine outside-RTH margins, suggestedSize, rejectReason,
    /// order allocations (7 fields each); then warningText.
    /// </summary>
    private static void WhatIfPreview(FieldVisitor v, OrderState s)
    {
        v.Str(ref s.Status, "status");
        v.Str(ref s.InitMarginBefore, "init_margin_before");
        v.Str(ref s.MaintMarginBefore, "maint_margin_before");
        v.Str(ref s.EquityWithLoanBefore, "equity_with_loan_before");
        v.Str(ref s.InitMarginChange, "init_margin_change");
        v.Str(ref s.MaintMarginChange, "maint_margin_change");
        v.Str(ref s.EquityWithLoanChange, "equity_with_loan_change");
        v.Str(ref s.InitMarginAfter, "init_margin_after");
        v.Str(ref s.MaintMarginAfter, "maint_margin_after");
        v.Str(ref s.EquityWithLoanAfter, "equity_with_loan_after");
        v.DecMax(ref s.CommissionAndFees, "commission");
        v.DecMax(ref s.MinCommissionAndFees, "min_commission");
        v.DecMax(ref s.MaxCommissionAndFees, "max_commission");
        v.Str(ref s.CommissionAndFeesCurrency, "commission_currency");
        v.Str(ref s.MarginCurrency, "margin_currency");
        v.DecMax(ref s.InitMarginBeforeOutsideRth, "init_margin_before_outside_rth");
        v.DecMax(ref s.MaintMarginBeforeOutsideRth, "maint_margin_before_outside_rth");
        v.DecMax(ref s.EquityWithLoanBeforeOutsideRth, "equity_with_loan_before_outside_rth");
        v.DecMax(ref s.InitMarginChangeOutsideRth, "init_margin_change_outside_rth");
        v.DecMax(ref s.MaintMarginChangeOutsideRth, "maint_margin_change_outside_rth");
        v.DecMax(ref s.EquityWithLoanChangeOutsideRth, "equity_with_loan_change_outside_rth");
        v.DecMax(ref s.InitMarginAfterOutsideRth, "init_margin_after_outside_rth");
        v.DecMax(ref s.MaintMarginAfterOutsideRth, "maint_margin_after_outside_rth");
        v.DecMax(ref s.EquityWithLoanAfterOutsideRth, "equity_with_loan_after_outside_rth");
        v.DecMax(ref s.SuggestedSize, "suggested_size");
        v.Str(ref s.RejectReason, "reject_reason");
        v.List(s.OrderAllocations, "order_allocations", CountRule.Optional);
        v.Str(ref s.WarningText, "warning_text");
    }
}
