namespace Ibkr.Contracts.Instruments;

/// <summary>
/// An instrument as a trading backend names it: by <see cref="ConId"/> when known, otherwise by symbol, security
/// type, exchange and currency (plus expiry, strike and right for derivatives). Unset text is empty, an unset
/// strike is null.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.Contract")]
public sealed record Contract
{
    /// <summary>IB's contract id; 0 when not known yet.</summary>
    [Id(0)] public long ConId { get; init; }

    [Id(1)] public string Symbol { get; init; } = string.Empty;

    /// <summary>STK, OPT, FUT, CASH, IND, FOP, BAG, BOND, CFD, WAR, CMDTY, NEWS, FUND, CRYPTO…</summary>
    [Id(2)] public string SecType { get; init; } = string.Empty;

    /// <summary>Expiry (YYYYMMDD) or contract month (YYYYMM).</summary>
    [Id(3)] public string LastTradeDateOrContractMonth { get; init; } = string.Empty;

    [Id(4)] public decimal? Strike { get; init; }

    /// <summary>C or P (also CALL / PUT).</summary>
    [Id(5)] public string Right { get; init; } = string.Empty;

    [Id(6)] public string Multiplier { get; init; } = string.Empty;
    [Id(7)] public string Exchange { get; init; } = string.Empty;
    [Id(8)] public string PrimaryExchange { get; init; } = string.Empty;
    [Id(9)] public string Currency { get; init; } = string.Empty;
    [Id(10)] public string LocalSymbol { get; init; } = string.Empty;
    [Id(11)] public string TradingClass { get; init; } = string.Empty;
    [Id(12)] public bool IncludeExpired { get; init; }

    /// <summary>ISIN, CUSIP, SEDOL, RIC… with <see cref="SecId"/>.</summary>
    [Id(13)] public string SecIdType { get; init; } = string.Empty;

    [Id(14)] public string SecId { get; init; } = string.Empty;
    [Id(15)] public string Description { get; init; } = string.Empty;
    [Id(16)] public string IssuerId { get; init; } = string.Empty;
    [Id(17)] public string ComboLegsDescription { get; init; } = string.Empty;

    /// <summary>The legs of a BAG (combo) contract.</summary>
    [Id(18)] public IReadOnlyList<ComboLeg> ComboLegs { get; init; } = [];

    /// <summary>The delta-neutral underlying of a combo or option order, if any.</summary>
    [Id(19)] public DeltaNeutralUnderlying? DeltaNeutral { get; init; }

    /// <summary>A US stock on SMART routing, the commonest contract.</summary>
    public static Contract Stock(string symbol, string exchange = "SMART", string currency = "USD") =>
        new() { Symbol = symbol, SecType = "STK", Exchange = exchange, Currency = currency };

    /// <inheritdoc/>
    public override string ToString() =>
        ConId != 0 ? $"{Symbol} {SecType} #{ConId}" : $"{Symbol} {SecType} {Exchange} {Currency}".TrimEnd();
}

/// <summary>One leg of a combo contract.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.ComboLeg")]
public sealed record ComboLeg
{
    [Id(0)] public long ConId { get; init; }
    [Id(1)] public int Ratio { get; init; }

    /// <summary>BUY, SELL or SSHORT.</summary>
    [Id(2)] public string Action { get; init; } = string.Empty;

    [Id(3)] public string Exchange { get; init; } = string.Empty;
    [Id(4)] public int OpenClose { get; init; }
    [Id(5)] public int ShortSaleSlot { get; init; }
    [Id(6)] public string DesignatedLocation { get; init; } = string.Empty;
    [Id(7)] public int ExemptCode { get; init; } = -1;
}

/// <summary>The delta-neutral underlying: its contract id, delta and price.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.DeltaNeutralUnderlying")]
public sealed record DeltaNeutralUnderlying
{
    [Id(0)] public long ConId { get; init; }
    [Id(1)] public decimal Delta { get; init; }
    [Id(2)] public decimal Price { get; init; }
}
