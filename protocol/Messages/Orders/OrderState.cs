namespace Ibkr.Protocol.Messages.Orders;

/// <summary>
/// The order's state as OPEN_ORDER (status, what-if margin and commission preview) and COMPLETED_ORDER
/// (status, completion time and reason) report it (official <c>OrderState</c>). The nine classic margin
/// values are text on the wire (TWS sends the double MAX literal for "not computed") and are kept as sent.
/// </summary>
public sealed class OrderState
{
    public string Status = string.Empty;
    public string InitMarginBefore = string.Empty;
    public string MaintMarginBefore = string.Empty;
    public string EquityWithLoanBefore = string.Empty;
    public string InitMarginChange = string.Empty;
    public string MaintMarginChange = string.Empty;
    public string EquityWithLoanChange = string.Empty;
    public string InitMarginAfter = string.Empty;
    public string MaintMarginAfter = string.Empty;
    public string EquityWithLoanAfter = string.Empty;
    public decimal? CommissionAndFees;
    public decimal? MinCommissionAndFees;
    public decimal? MaxCommissionAndFees;
    public string CommissionAndFeesCurrency = string.Empty;
    public string MarginCurrency = string.Empty;
    public decimal? InitMarginBeforeOutsideRth;
    public decimal? MaintMarginBeforeOutsideRth;
    public decimal? EquityWithLoanBeforeOutsideRth;
    public decimal? InitMarginChangeOutsideRth;
    public decimal? MaintMarginChangeOutsideRth;
    public decimal? EquityWithLoanChangeOutsideRth;
    public decimal? InitMarginAfterOutsideRth;
    public decimal? MaintMarginAfterOutsideRth;
    public decimal? EquityWithLoanAfterOutsideRth;
    public decimal? SuggestedSize;
    public string RejectReason = string.Empty;
    public List<OrderAllocation> OrderAllocations = [];
    public string WarningText = string.Empty;
    public string CompletedTime = string.Empty;
    public string CompletedStatus = string.Empty;
}

/// <summary>One account's share of a what-if order preview (7 fields).</summary>
public sealed class OrderAllocation : FieldGroup
{
    public string Account = string.Empty;
    public decimal? Position;
    public decimal? PositionDesired;
    public decimal? PositionAfter;
    public decimal? DesiredAllocQty;
    public decimal? AllowedAllocQty;
    public bool IsMonetary;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref Account, "account");
        v.DecMax(ref Position, "position");
        v.DecMax(ref PositionDesired, "position_desired");
        v.DecMax(ref PositionAfter, "position_after");
        v.DecMax(ref DesiredAllocQty, "desired_alloc_qty");
        v.DecMax(ref AllowedAllocQty, "allowed_alloc_qty");
        v.Bool(ref IsMonetary, "is_monetary");
    }
}

/// <summary>The per-leg price of a combo order (official OrderComboLeg); unset is sent empty.</summary>
public sealed class OrderComboLeg : FieldGroup
{
    public decimal? Price;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.DecMax(ref Price, "price");
    }
}
