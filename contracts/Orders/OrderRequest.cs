using Ibkr.Contracts.Instruments;

namespace Ibkr.Contracts.Orders;

/// <summary>
/// An order as a trading backend asks for it: the instrument and every attribute placeOrder can send. Numbers
/// that IB treats as "unset" when absent are nullable; text left empty is not sent. The order id is not here:
/// the session allocates it, and the order is known by its order ref.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderRequest")]
public sealed record OrderRequest
{
    [Id(0)] public Contract Contract { get; init; } = new();

    /// <summary>BUY, SELL or SSHORT.</summary>
    [Id(1)] public string Action { get; init; } = string.Empty;

    [Id(2)] public decimal TotalQuantity { get; init; }

    /// <summary>MKT, LMT, STP, STP LMT, TRAIL, TRAIL LIMIT, MOC, LOC, REL, PEG MID…</summary>
    [Id(3)] public string OrderType { get; init; } = string.Empty;

    [Id(4)] public decimal? LimitPrice { get; init; }

    /// <summary>The stop price for STP / STP LMT, the trailing amount for TRAIL.</summary>
    [Id(5)] public decimal? AuxPrice { get; init; }

    /// <summary>DAY, GTC, IOC, FOK, GTD, OPG, DTC.</summary>
    [Id(6)] public string Tif { get; init; } = string.Empty;

    /// <summary>The account to trade in; empty for the session's only account.</summary>
    [Id(7)] public string Account { get; init; } = string.Empty;

    /// <summary>False to stage the order in TWS without sending it to the exchange.</summary>
    [Id(8)] public bool Transmit { get; init; } = true;

    [Id(9)] public bool OutsideRth { get; init; }
    [Id(10)] public string OcaGroup { get; init; } = string.Empty;
    [Id(11)] public int OcaType { get; init; }

    /// <summary>The order ref of this order's parent (bracket orders); resolved to the parent's order id.</summary>
    [Id(12)] public string ParentOrderRef { get; init; } = string.Empty;

    [Id(13)] public decimal? TrailStopPrice { get; init; }
    [Id(14)] public decimal? TrailingPercent { get; init; }
    [Id(15)] public string GoodAfterTime { get; init; } = string.Empty;
    [Id(16)] public string GoodTillDate { get; init; } = string.Empty;
    [Id(17)] public bool Hidden { get; init; }
    [Id(18)] public int DisplaySize { get; init; }
    [Id(19)] public bool AllOrNone { get; init; }
    [Id(20)] public int? MinQty { get; init; }
    [Id(21)] public decimal? PercentOffset { get; init; }
    [Id(22)] public int TriggerMethod { get; init; }
    [Id(23)] public bool BlockOrder { get; init; }
    [Id(24)] public bool SweepToFill { get; init; }
    [Id(25)] public decimal DiscretionaryAmt { get; init; }
    [Id(26)] public string OpenClose { get; init; } = string.Empty;
    [Id(27)] public int Origin { get; init; }
    [Id(28)] public string Rule80A { get; init; } = string.Empty;

    /// <summary>Cash quantity for orders sized in money rather than shares.</summary>
    [Id(29)] public decimal? CashQty { get; init; }

    [Id(30)] public string FaGroup { get; init; } = string.Empty;
    [Id(31)] public string FaMethod { get; init; } = string.Empty;
    [Id(32)] public string FaPercentage { get; init; } = string.Empty;
    [Id(33)] public string ModelCode { get; init; } = string.Empty;

    /// <summary>IB algo name (Adaptive, Twap, Vwap…); its parameters in <see cref="AlgoParams"/>.</summary>
    [Id(34)] public string AlgoStrategy { get; init; } = string.Empty;

    [Id(35)] public IReadOnlyList<KeyValuePair<string, string>> AlgoParams { get; init; } = [];
    [Id(36)] public string AlgoId { get; init; } = string.Empty;

    /// <summary>Ask for margin and commission impact only; the order is not placed.</summary>
    [Id(37)] public bool WhatIf { get; init; }

    [Id(38)] public IReadOnlyList<OrderConditionSpec> Conditions { get; init; } = [];
    [Id(39)] public bool ConditionsIgnoreRth { get; init; }
    [Id(40)] public bool ConditionsCancelOrder { get; init; }

    /// <summary>Per-leg limit prices of a combo order, in leg order.</summary>
    [Id(41)] public IReadOnlyList<decimal?> ComboLegPrices { get; init; } = [];

    [Id(42)] public IReadOnlyList<KeyValuePair<string, string>> SmartComboRoutingParams { get; init; } = [];

    /// <summary>Hedge type (D, B, F, P) and its parameter for a child hedge order.</summary>
    [Id(43)] public string HedgeType { get; init; } = string.Empty;

    [Id(44)] public string HedgeParam { get; init; } = string.Empty;

    // Scale orders.
    [Id(45)] public int? ScaleInitLevelSize { get; init; }
    [Id(46)] public int? ScaleSubsLevelSize { get; init; }
    [Id(47)] public decimal? ScalePriceIncrement { get; init; }
    [Id(48)] public decimal? ScalePriceAdjustValue { get; init; }
    [Id(49)] public int? ScalePriceAdjustInterval { get; init; }
    [Id(50)] public decimal? ScaleProfitOffset { get; init; }
    [Id(51)] public bool ScaleAutoReset { get; init; }
    [Id(52)] public int? ScaleInitPosition { get; init; }
    [Id(53)] public int? ScaleInitFillQty { get; init; }
    [Id(54)] public bool ScaleRandomPercent { get; init; }
    [Id(55)] public string ScaleTable { get; init; } = string.Empty;

    // Volatility and pegged orders.
    [Id(56)] public decimal? Volatility { get; init; }
    [Id(57)] public int? VolatilityType { get; init; }
    [Id(58)] public int ContinuousUpdate { get; init; }
    [Id(59)] public int? ReferencePriceType { get; init; }
    [Id(60)] public string DeltaNeutralOrderType { get; init; } = string.Empty;
    [Id(61)] public decimal? DeltaNeutralAuxPrice { get; init; }
    [Id(62)] public decimal? StartingPrice { get; init; }
    [Id(63)] public decimal? StockRefPrice { get; init; }
    [Id(64)] public decimal? Delta { get; init; }
    [Id(65)] public decimal? StockRangeLower { get; init; }
    [Id(66)] public decimal? StockRangeUpper { get; init; }

    // Clearing, regulatory and late additions.
    [Id(67)] public bool OptOutSmartRouting { get; init; }
    [Id(68)] public string ClearingAccount { get; init; } = string.Empty;
    [Id(69)] public string ClearingIntent { get; init; } = string.Empty;
    [Id(70)] public bool NotHeld { get; init; }
    [Id(71)] public string SoftDollarTierName { get; init; } = string.Empty;
    [Id(72)] public string SoftDollarTierValue { get; init; } = string.Empty;
    [Id(73)] public string Mifid2DecisionMaker { get; init; } = string.Empty;
    [Id(74)] public string Mifid2DecisionAlgo { get; init; } = string.Empty;
    [Id(75)] public string Mifid2ExecutionTrader { get; init; } = string.Empty;
    [Id(76)] public string Mifid2ExecutionAlgo { get; init; } = string.Empty;
    [Id(77)] public bool DontUseAutoPriceForHedge { get; init; }
    [Id(78)] public bool DiscretionaryUpToLimitPrice { get; init; }
    [Id(79)] public bool? UsePriceMgmtAlgo { get; init; }
    [Id(80)] public int? Duration { get; init; }
    [Id(81)] public int? PostToAts { get; init; }
    [Id(82)] public bool AutoCancelParent { get; init; }
    [Id(83)] public string AdvancedErrorOverride { get; init; } = string.Empty;
    [Id(84)] public string ManualOrderTime { get; init; } = string.Empty;
    [Id(85)] public int? MinTradeQty { get; init; }
    [Id(86)] public int? MinCompeteSize { get; init; }
    [Id(87)] public decimal? CompeteAgainstBestOffset { get; init; }
    [Id(88)] public decimal? MidOffsetAtWhole { get; init; }
    [Id(89)] public decimal? MidOffsetAtHalf { get; init; }
    [Id(90)] public string CustomerAccount { get; init; } = string.Empty;
    [Id(91)] public bool ProfessionalCustomer { get; init; }
    [Id(92)] public string ExtOperator { get; init; } = string.Empty;
    [Id(93)] public int? ManualOrderIndicator { get; init; }

    /// <summary>The adjusted-order block: what the order becomes when <see cref="TriggerPrice"/> is touched.</summary>
    [Id(94)] public string AdjustedOrderType { get; init; } = string.Empty;

    [Id(95)] public decimal? TriggerPrice { get; init; }
    [Id(96)] public decimal? LmtPriceOffset { get; init; }
    [Id(97)] public decimal? AdjustedStopPrice { get; init; }
    [Id(98)] public decimal? AdjustedStopLimitPrice { get; init; }
    [Id(99)] public decimal? AdjustedTrailingAmount { get; init; }
    [Id(100)] public int AdjustableTrailingUnit { get; init; }

    /// <summary>A limit order.</summary>
    public static OrderRequest Limit(Contract contract, string action, decimal quantity, decimal limitPrice, string tif = "DAY") =>
        new() { Contract = contract, Action = action, TotalQuantity = quantity, OrderType = "LMT", LimitPrice = limitPrice, Tif = tif };

    /// <summary>A market order.</summary>
    public static OrderRequest Market(Contract contract, string action, decimal quantity, string tif = "DAY") =>
        new() { Contract = contract, Action = action, TotalQuantity = quantity, OrderType = "MKT", Tif = tif };
}

/// <summary>
/// One order condition. <see cref="Kind"/> selects which fields apply: Price (contract, exchange, trigger
/// method, value), Time (value), Margin (value), Execution (sec type, exchange, symbol), Volume and PercentChange
/// (contract, exchange, value).
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.OrderConditionSpec")]
public sealed record OrderConditionSpec
{
    [Id(0)] public OrderConditionKind Kind { get; init; }

    /// <summary>True: AND with the next condition; false: OR.</summary>
    [Id(1)] public bool And { get; init; } = true;

    /// <summary>True: triggers when the value is greater than or equal; false: less than or equal.</summary>
    [Id(2)] public bool IsMore { get; init; }

    /// <summary>The compared value as IB writes it: a price, a time (yyyyMMdd HH:mm:ss zone), a percent, a volume.</summary>
    [Id(3)] public string Value { get; init; } = string.Empty;

    [Id(4)] public long ConId { get; init; }
    [Id(5)] public string Exchange { get; init; } = string.Empty;
    [Id(6)] public int TriggerMethod { get; init; }
    [Id(7)] public string SecType { get; init; } = string.Empty;
    [Id(8)] public string Symbol { get; init; } = string.Empty;
}

/// <summary>The order condition types IB defines.</summary>
public enum OrderConditionKind
{
    Price = 1,
    Time = 3,
    Margin = 4,
    Execution = 5,
    Volume = 6,
    PercentChange = 7,
}
