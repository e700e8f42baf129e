using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Orders;

/// <summary>
/// Every order attribute placeOrder can send and OPEN_ORDER / COMPLETED_ORDER report (official
/// <c>Order</c>). Nullable numbers are the attributes whose official default is the Java/.NET MAX
/// "unset" value; null means unset. Which attributes a message carries, in which order, is written
/// once per message (<c>PlaceOrder</c>, <c>OpenOrder</c>, <c>CompletedOrder</c>) from the blocks in
/// <see cref="OrderFields"/>. This file: identity, main and extended fields; see the other
/// <c>Order.*.cs</c> parts for the rest.
/// </summary>
public sealed partial class Order
{
    // Identity.
    public int OrderId;
    public int ClientId;
    public long PermId;
    public long ParentPermId;

    // Main fields.
    public string Action = string.Empty;
    public decimal? TotalQuantity;
    public string OrderType = string.Empty;
    public decimal? LmtPrice;
    public decimal? AuxPrice;

    // Extended fields.
    public string Tif = string.Empty;
    public string OcaGroup = string.Empty;
    public int OcaType;
    public string Account = string.Empty;
    public string OpenClose = string.Empty;
    public int Origin;
    public string OrderRef = string.Empty;
    public bool Transmit = true;
    public int ParentId;
    public bool BlockOrder;
    public bool SweepToFill;
    public int DisplaySize;
    public int TriggerMethod;
    public bool OutsideRth;
    public bool Hidden;
    public decimal DiscretionaryAmt;
    public string GoodAfterTime = string.Empty;
    public string GoodTillDate = string.Empty;
    public string Rule80A = string.Empty;
    public string SettlingFirm = string.Empty;
    public bool AllOrNone;
    public int? MinQty;
    public decimal? PercentOffset;
    public bool OverridePercentageConstraints;
    public decimal? TrailStopPrice;
    public decimal? TrailingPercent;

    /// <summary>
    /// The second trailStopPrice OPEN_ORDER and COMPLETED_ORDER carry (in the adjusted-order block);
    /// the official decoder overwrites <see cref="TrailStopPrice"/> with it. Kept apart so re-encoding is exact.
    /// </summary>
    public decimal? AdjustedTrailStopPrice;

    // Financial advisors.
    public string FaGroup = string.Empty;
    public string FaMethod = string.Empty;
    public string FaPercentage = string.Empty;
    public string ModelCode = string.Empty;

    // Institutional short sale.
    public int ShortSaleSlot;
    public string DesignatedLocation = string.Empty;
    public int ExemptCode = -1;

    // Box / pegged-to-stock / volatility orders.
    public int? AuctionStrategy;
    public decimal? StartingPrice;
    public decimal? StockRefPrice;
    public decimal? Delta;
    public decimal? StockRangeLower;
    public decimal? StockRangeUpper;
    public decimal? Volatility;
    public int? VolatilityType;
    public int ContinuousUpdate;
    public int? ReferencePriceType;

    // Delta-neutral order (sent when DeltaNeutralOrderType is not empty; TWS reports "None").
    public string DeltaNeutralOrderType = string.Empty;
    public decimal? DeltaNeutralAuxPrice;
    public int DeltaNeutralConId;
    public string DeltaNeutralSettlingFirm = string.Empty;
    public string DeltaNeutralClearingAccount = string.Empty;
    public string DeltaNeutralClearingIntent = string.Empty;
    public string DeltaNeutralOpenClose = string.Empty;
    public bool DeltaNeutralShortSale;
    public int DeltaNeutralShortSaleSlot;
    public string DeltaNeutralDesignatedLocation = string.Empty;

    // EFP.
    public decimal? BasisPoints;
    public int? BasisPointsType;

    // Combo orders (BAG): leg prices and smart-combo routing; the legs themselves are on the contract.
    public List<OrderComboLeg> OrderComboLegs = [];
    public List<TagValue> SmartComboRoutingParams = [];
}
