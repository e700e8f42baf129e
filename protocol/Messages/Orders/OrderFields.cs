using System.Text;
using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Messages.Orders;

/// <summary>
/// Runs of order fields that placeOrder, OPEN_ORDER and COMPLETED_ORDER lay out identically (same
/// fields, same rules, same keys). Each message writes its own order of these blocks and the fields
/// in between, so no layout is written twice. Keys are literals at every call site.
/// </summary>
public static class OrderFields
{
    /// <summary>
    /// action, quantity, orderType, lmtPrice, auxPrice, tif, ocaGroup, account, openClose, origin, orderRef.
    /// The quantity key is <c>total_quantity</c> on place_order and <c>quantity</c> on the server messages.
    /// </summary>
    public static void Main(FieldVisitor v, Order o, string quantityKey)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Str(ref o.Action, "action");
        v.DecMax(ref o.TotalQuantity, quantityKey);
        v.Str(ref o.OrderType, "order_type");
        v.DecMax(ref o.LmtPrice, "lmt_price");
        v.DecMax(ref o.AuxPrice, "aux_price");
        v.Str(ref o.Tif, "tif");
        v.Str(ref o.OcaGroup, "oca_group");
        v.Str(ref o.Account, "account");
        v.Str(ref o.OpenClose, "open_close");
        v.Int(ref o.Origin, "origin");
        v.Str(ref o.OrderRef, "order_ref");
    }

    /// <summary>Server messages: permId, outsideRth, hidden, discretionaryAmt, goodAfterTime.</summary>
    public static void Reported(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Long(ref o.PermId, "perm_id");
        v.Bool(ref o.OutsideRth, "outside_rth");
        v.Bool(ref o.Hidden, "hidden");
        v.Dec(ref o.DiscretionaryAmt, "discretion_amt");
        v.Str(ref o.GoodAfterTime, "good_after_time");
    }

    /// <summary>
    /// Server messages: faGroup, faMethod, faPercentage, modelCode, goodTillDate, rule80A, percentOffset,
    /// settlingFirm, shortSaleSlot, designatedLocation, exemptCode.
    /// </summary>
    public static void ReportedAllocationAndShortSale(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Str(ref o.FaGroup, "fa_group");
        v.Str(ref o.FaMethod, "fa_method");
        v.Str(ref o.FaPercentage, "fa_percentage");
        v.Str(ref o.ModelCode, "model_code");
        v.Str(ref o.GoodTillDate, "good_till_date");
        v.Str(ref o.Rule80A, "rule80a");
        v.DecMax(ref o.PercentOffset, "percent_offset");
        v.Str(ref o.SettlingFirm, "settling_firm");
        v.Int(ref o.ShortSaleSlot, "short_sale_slot");
        v.Str(ref o.DesignatedLocation, "designated_location");
        v.Int(ref o.ExemptCode, "exempt_code");
    }

    /// <summary>startingPrice, stockRefPrice, delta, stockRangeLower, stockRangeUpper.</summary>
    public static void BoxAndPegToStock(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.DecMax(ref o.StartingPrice, "starting_price");
        v.DecMax(ref o.StockRefPrice, "stock_ref_price");
        v.DecMax(ref o.Delta, "delta");
        v.DecMax(ref o.StockRangeLower, "stock_range_lower");
        v.DecMax(ref o.StockRangeUpper, "stock_range_upper");
    }

    /// <summary>
    /// volatility, volatilityType, deltaNeutralOrderType, deltaNeutralAuxPrice, then when the delta-neutral
    /// order type is not empty: conId, [settlingFirm, clearingAccount, clearingIntent, openClose]
    /// (placeOrder and OPEN_ORDER only: <paramref name="clearing"/>), shortSale, shortSaleSlot,
    /// designatedLocation; then continuousUpdate, referencePriceType, trailStopPrice, trailingPercent.
    /// </summary>
    public static void VolatilityAndTrail(FieldVisitor v, Order o, bool clearing)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.DecMax(ref o.Volatility, "volatility");
        v.IntMax(ref o.VolatilityType, "volatility_type");
        v.Str(ref o.DeltaNeutralOrderType, "delta_neutral_order_type");
        v.DecMax(ref o.DeltaNeutralAuxPrice, "delta_neutral_aux_price");
        if (o.DeltaNeutralOrderType.Length > 0)
        {
            v.Int(ref o.DeltaNeutralConId, "delta_neutral_con_id");
            if (clearing)
            {
                v.Str(ref o.DeltaNeutralSettlingFirm, "delta_neutral_settling_firm");
                v.Str(ref o.DeltaNeutralClearingAccount, "delta_neutral_clearing_account");
                v.Str(ref o.DeltaNeutralClearingIntent, "delta_neutral_clearing_intent");
                v.Str(ref o.DeltaNeutralOpenClose, "delta_neutral_open_close");
            }

            v.Bool(ref o.DeltaNeutralShortSale, "delta_neutral_short_sale");
            v.Int(ref o.DeltaNeutralShortSaleSlot, "delta_neutral_short_sale_slot");
            v.Str(ref o.DeltaNeutralDesignatedLocation, "delta_neutral_designated_location");
        }

        v.Int(ref o.ContinuousUpdate, "continuous_update");
        v.IntMax(ref o.ReferencePriceType, "reference_price_type");
        v.DecMax(ref o.TrailStopPrice, "trail_stop_price");
        v.DecMax(ref o.TrailingPercent, "trailing_percent");
    }

    /// <summary>
    /// Server messages: comboLegsDescrip, the legs (8 fields each), the leg prices, the smart-combo
    /// routing params. Counts are read with the official ReadInt (empty = 0).
    /// </summary>
    public static void ReportedCombo(FieldVisitor v, Contract c, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(o);
        v.Str(ref c.ComboLegsDescription, "contract.combo_legs_description");
        v.List(c.ComboLegs, "combo_legs", CountRule.Optional);
        v.List(o.OrderComboLegs, "order_combo_leg_prices", CountRule.Optional);
        v.List(o.SmartComboRoutingParams, "smart_combo_routing", CountRule.Optional);
    }

    /// <summary>
    /// scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement, and for a positive increment the
    /// seven extension fields (adjust value/interval, profit offset, auto reset, init position, init fill qty, random percent).
    /// </summary>
    public static void Scale(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.IntMax(ref o.ScaleInitLevelSize, "scale_init_level_size");
        v.IntMax(ref o.ScaleSubsLevelSize, "scale_subs_level_size");
        v.DecMax(ref o.ScalePriceIncrement, "scale_price_increment");
        if (o.HasScaleExtension)
        {
            v.DecMax(ref o.ScalePriceAdjustValue, "scale_price_adjust_value");
            v.IntMax(ref o.ScalePriceAdjustInterval, "scale_price_adjust_interval");
            v.DecMax(ref o.ScaleProfitOffset, "scale_profit_offset");
            v.Bool(ref o.ScaleAutoReset, "scale_auto_reset");
            v.IntMax(ref o.ScaleInitPosition, "scale_init_position");
            v.IntMax(ref o.ScaleInitFillQty, "scale_init_fill_qty");
            v.Bool(ref o.ScaleRandomPercent, "scale_random_percent");
        }
    }

    /// <summary>hedgeType, and hedgeParam when the type is not empty.</summary>
    public static void Hedge(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Str(ref o.HedgeType, "hedge_type");
        if (o.HedgeType.Length > 0)
        {
            v.Str(ref o.HedgeParam, "hedge_param");
        }
    }

    /// <summary>
    /// clearingAccount, clearingIntent, notHeld, the delta-neutral contract (flag, then conId, delta, price),
    /// algoStrategy and, when it is not empty, the algo params.
    /// </summary>
    public static void ClearingDeltaNeutralAlgo(FieldVisitor v, Contract c, Order o, CountRule countRule)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Str(ref o.ClearingAccount, "clearing_account");
        v.Str(ref o.ClearingIntent, "clearing_intent");
        v.Bool(ref o.NotHeld, "not_held");
        DeltaNeutralFields.Visit(v, c);
        v.Str(ref o.AlgoStrategy, "algo_strategy");
        if (o.AlgoStrategy.Length > 0)
        {
            v.List(o.AlgoParams, "algo_params", countRule);
        }
    }

    /// <summary>
    /// randomizeSize, randomizePrice, the five PEG BENCH fields (that order type only), the conditions and,
    /// when there is at least one, conditionsIgnoreRth and conditionsCancelOrder.
    /// </summary>
    public static void RandomizePegBenchConditions(FieldVisitor v, Order o, CountRule countRule)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Bool(ref o.RandomizeSize, "randomize_size");
        v.Bool(ref o.RandomizePrice, "randomize_price");
        if (o.IsPegBench)
        {
            v.Int(ref o.ReferenceContractId, "reference_contract_id");
            v.Bool(ref o.IsPeggedChangeAmountDecrease, "is_pegged_change_amount_decrease");
            v.DecMax(ref o.PeggedChangeAmount, "pegged_change_amount");
            v.DecMax(ref o.ReferenceChangeAmount, "reference_change_amount");
            v.Str(ref o.ReferenceExchange, "reference_exchange");
        }

        v.List(o.Conditions, "conditions", countRule);
        if (o.Conditions.Count > 0)
        {
            v.Bool(ref o.ConditionsIgnoreRth, "conditions_ignore_rth");
            v.Bool(ref o.ConditionsCancelOrder, "conditions_cancel_order");
        }
    }

    /// <summary>
    /// adjustedOrderType, triggerPrice, [the second trailStopPrice: OPEN_ORDER only], lmtPriceOffset,
    /// adjustedStopPrice, adjustedStopLimitPrice, adjustedTrailingAmount, adjustableTrailingUnit.
    /// </summary>
    public static void Adjusted(FieldVisitor v, Order o, bool trailStopCopy)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.Str(ref o.AdjustedOrderType, "adjusted_order_type");
        v.DecMax(ref o.TriggerPrice, "trigger_price");
        if (trailStopCopy)
        {
            v.DecMax(ref o.AdjustedTrailStopPrice, "adjusted_trail_stop_price");
        }

        v.DecMax(ref o.LmtPriceOffset, "lmt_price_offset");
        v.DecMax(ref o.AdjustedStopPrice, "adjusted_stop_price");
        v.DecMax(ref o.AdjustedStopLimitPrice, "adjusted_stop_limit_price");
        v.DecMax(ref o.AdjustedTrailingAmount, "adjusted_trailing_amount");
        v.Int(ref o.AdjustableTrailingUnit, "adjustable_trailing_unit");
    }

    /// <summary>
    /// Server messages: minTradeQty, minCompeteSize, competeAgainstBestOffset, midOffsetAtWhole,
    /// midOffsetAtHalf, always all five (placeOrder sends them selectively).
    /// </summary>
    public static void ReportedPegBestPegMid(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        v.IntMax(ref o.MinTradeQty, "min_trade_qty");
        v.IntMax(ref o.MinCompeteSize, "min_compete_size");
        CompeteAgainstBestOffset(v, o);
        v.DecMax(ref o.MidOffsetAtWhole, "mid_offset_at_whole");
        v.DecMax(ref o.MidOffsetAtHalf, "mid_offset_at_half");
    }

    /// <summary>
    /// competeAgainstBestOffset: a price offset, empty when unset, or <c>Infinity</c> for "up to mid"
    /// (official sendMax / readDoubleMax of Double.PositiveInfinity). Carried as text so the infinity survives.
    /// </summary>
    public static void CompeteAgainstBestOffset(FieldVisitor v, Order o)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(o);
        var text = o.CompeteAgainstBestOffsetUpToMid
            ? Order.CompeteAgainstBestOffsetUpToMidText
            : o.CompeteAgainstBestOffset is { } offset ? WireText.Format(offset) : string.Empty;
        v.Str(ref text, "compete_against_best_offset");
        if (!v.IsReading)
        {
            return;
        }

        o.CompeteAgainstBestOffsetUpToMid = text == Order.CompeteAgainstBestOffsetUpToMidText;
        o.CompeteAgainstBestOffset = null;
        if (o.CompeteAgainstBestOffsetUpToMid)
        {
            return;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        if (Sentinels.IsUnsetDecimal(utf8))
        {
            return;
        }

        if (!WireText.TryParseDecimal(utf8, out var value))
        {
            v.Fail($"compete_against_best_offset: not a valid number or Infinity: \"{text}\"");
        }

        o.CompeteAgainstBestOffset = value;
    }
}
