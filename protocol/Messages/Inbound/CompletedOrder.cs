using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Protocol.Messages.Inbound;

/// <summary>
/// COMPLETED_ORDER (101): a filled or cancelled order of the day, no version and no order id.
/// Official EDecoder.CompletedOrderEvent at server version 200: 102 fields after the id for a plain
/// order whose deltaNeutralOrderType is <c>None</c> (4-field delta-neutral block: no clearing fields).
/// Read by position like every other message; the status is at its official place, not searched for.
/// </summary>
[WireMessage(Direction.Server, InMsg.CompletedOrder, "completed_order")]
public sealed class CompletedOrder : Message
{
    public Contract Contract = new();
    public Order Order = new();
    public OrderState OrderState = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = Contract;
        var o = Order;
        var s = OrderState;
        ContractFields.Server(v, c);
        OrderFields.Main(v, o, "quantity");
        OrderFields.Reported(v, o);
        OrderFields.ReportedAllocationAndShortSale(v, o);
        OrderFields.BoxAndPegToStock(v, o);
        v.Int(ref o.DisplaySize, "display_size");
        v.Bool(ref o.SweepToFill, "sweep_to_fill");
        v.Bool(ref o.AllOrNone, "all_or_none");
        v.IntMax(ref o.MinQty, "min_qty");
        v.Int(ref o.OcaType, "oca_type");
        v.Int(ref o.TriggerMethod, "trigger_method");
        OrderFields.VolatilityAndTrail(v, o, clearing: false);
        OrderFields.ReportedCombo(v, c, o);
        OrderFields.Scale(v, o);
        OrderFields.Hedge(v, o);
        OrderFields.ClearingDeltaNeutralAlgo(v, c, o, CountRule.Optional);
        v.Bool(ref o.Solicited, "solicited");
        v.Str(ref s.Status, "status");
        OrderFields.RandomizePegBenchConditions(v, o, CountRule.Optional);
        v.DecMax(ref o.AdjustedTrailStopPrice, "adjusted_trail_stop_price");
        v.DecMax(ref o.LmtPriceOffset, "lmt_price_offset");
        v.DecMax(ref o.CashQty, "cash_qty");
        v.Bool(ref o.DontUseAutoPriceForHedge, "dont_use_auto_price_for_hedge");
        v.Bool(ref o.IsOmsContainer, "is_oms_container");
        v.Str(ref o.AutoCancelDate, "auto_cancel_date");
        v.DecMax(ref o.FilledQuantity, "filled");
        v.Int(ref o.RefFuturesConId, "ref_futures_con_id");
        v.Bool(ref o.AutoCancelParent, "auto_cancel_parent");
        v.Str(ref o.Shareholder, "shareholder");
        v.Bool(ref o.ImbalanceOnly, "imbalance_only");
        v.Bool(ref o.RouteMarketableToBbo, "route_marketable_to_bbo");
        v.Long(ref o.ParentPermId, "parent_perm_id");
        v.Str(ref s.CompletedTime, "completed_time");
        v.Str(ref s.CompletedStatus, "completed_status");
        OrderFields.ReportedPegBestPegMid(v, o);
        v.Str(ref o.CustomerAccount, "customer_account");
        v.Bool(ref o.ProfessionalCustomer, "professional_customer");
        v.Str(ref o.Submitter, "submitter");
    }
}

/// <summary>COMPLETED_ORDERS_END (102): no fields after the id.</summary>
[WireMessage(Direction.Server, InMsg.CompletedOrdersEnd, "completed_order_end")]
public sealed class CompletedOrdersEnd : Message
{
    public override void Visit(FieldVisitor v) => ArgumentNullException.ThrowIfNull(v);
}
