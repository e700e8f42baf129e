using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Orders;

/// <summary>Order attributes, part 2: scale, hedge, clearing, algo, conditions, adjusted, regulatory and late additions.</summary>
public sealed partial class Order
{
    /// <summary>Official COMPETE_AGAINST_BEST_OFFSET_UP_TO_MID: the wire text of an "up to mid" offset.</summary>
    public const string CompeteAgainstBestOffsetUpToMidText = "Infinity";

    // Scale orders (the seven extension fields travel only when ScalePriceIncrement > 0).
    public int? ScaleInitLevelSize;
    public int? ScaleSubsLevelSize;
    public decimal? ScalePriceIncrement;
    public decimal? ScalePriceAdjustValue;
    public int? ScalePriceAdjustInterval;
    public decimal? ScaleProfitOffset;
    public bool ScaleAutoReset;
    public int? ScaleInitPosition;
    public int? ScaleInitFillQty;
    public bool ScaleRandomPercent;
    public string ScaleTable = string.Empty;
    public string ActiveStartTime = string.Empty;
    public string ActiveStopTime = string.Empty;

    // Hedge orders (HedgeParam travels only when HedgeType is not empty).
    public string HedgeType = string.Empty;
    public string HedgeParam = string.Empty;

    // Clearing.
    public bool OptOutSmartRouting;
    public string ClearingAccount = string.Empty;
    public string ClearingIntent = string.Empty;
    public bool NotHeld;

    // Algo orders (the params travel only when AlgoStrategy is not empty).
    public string AlgoStrategy = string.Empty;
    public List<TagValue> AlgoParams = [];
    public string AlgoId = string.Empty;
    public bool WhatIf;

    /// <summary>orderMiscOptions: the official tag/value list as it travels, one "tag=value;…" field.</summary>
    public string OrderMiscOptions = string.Empty;

    public bool Solicited;
    public bool RandomizeSize;
    public bool RandomizePrice;

    // Pegged to benchmark (only for order type PEG BENCH).
    public int ReferenceContractId;
    public bool IsPeggedChangeAmountDecrease;
    public decimal? PeggedChangeAmount;
    public decimal? ReferenceChangeAmount;
    public string ReferenceExchange = string.Empty;

    // Conditions (the two flags travel only when there is at least one condition).
    public List<OrderCondition> Conditions = [];
    public bool ConditionsIgnoreRth;
    public bool ConditionsCancelOrder;

    // Adjusted orders.
    public string AdjustedOrderType = string.Empty;
    public decimal? TriggerPrice;
    public decimal? LmtPriceOffset;
    public decimal? AdjustedStopPrice;
    public decimal? AdjustedStopLimitPrice;
    public decimal? AdjustedTrailingAmount;
    public int AdjustableTrailingUnit;

    // Soft-dollar tier (placeOrder sends name and value; OPEN_ORDER adds the display name).
    public string SoftDollarTierName = string.Empty;
    public string SoftDollarTierValue = string.Empty;
    public string SoftDollarTierDisplayName = string.Empty;

    public decimal? CashQty;

    // MiFID II.
    public string Mifid2DecisionMaker = string.Empty;
    public string Mifid2DecisionAlgo = string.Empty;
    public string Mifid2ExecutionTrader = string.Empty;
    public string Mifid2ExecutionAlgo = string.Empty;

    public bool DontUseAutoPriceForHedge;
    public bool IsOmsContainer;
    public bool DiscretionaryUpToLimitPrice;

    /// <summary>Official <c>bool?</c>: null = account default (sent empty), 0 = off, 1 = on.</summary>
    public int? UsePriceMgmtAlgo;

    public int? Duration;
    public int? PostToAts;
    public bool AutoCancelParent;
    public string AdvancedErrorOverride = string.Empty;
    public string ManualOrderTime = string.Empty;

    // IBKRATS / PEG BEST / PEG MID.
    public int? MinTradeQty;
    public int? MinCompeteSize;

    /// <summary>A price offset; null when unset. See <see cref="CompeteAgainstBestOffsetUpToMid"/>.</summary>
    public decimal? CompeteAgainstBestOffset;

    /// <summary>True for the official "up to mid" offset (Double.PositiveInfinity, sent as <c>Infinity</c>).</summary>
    public bool CompeteAgainstBestOffsetUpToMid;

    public decimal? MidOffsetAtWhole;
    public decimal? MidOffsetAtHalf;

    // Regulatory / CME tagging.
    public string CustomerAccount = string.Empty;
    public bool ProfessionalCustomer;
    public string BondAccruedInterest = string.Empty;
    public bool IncludeOvernight;
    public string ExtOperator = string.Empty;
    public int? ManualOrderIndicator;
    public string Submitter = string.Empty;
    public bool ImbalanceOnly;

    // Reported in COMPLETED_ORDER only.
    public string AutoCancelDate = string.Empty;
    public decimal? FilledQuantity;
    public int RefFuturesConId;
    public string Shareholder = string.Empty;
    public bool RouteMarketableToBbo;

    /// <summary>True for PEG BENCH orders (official Util.IsPegBenchOrder), which carry the reference-contract fields.</summary>
    public bool IsPegBench => OrderType is "PEG BENCH" or "PEGBENCH";

    /// <summary>True for PEG BEST orders (official Util.IsPegBestOrder).</summary>
    public bool IsPegBest => OrderType is "PEG BEST" or "PEGBEST";

    /// <summary>True for PEG MID orders (official Util.IsPegMidOrder).</summary>
    public bool IsPegMid => OrderType is "PEG MID" or "PEGMID";

    /// <summary>The scale extension travels only for a set, positive price increment.</summary>
    public bool HasScaleExtension => ScalePriceIncrement is > 0m;
}
