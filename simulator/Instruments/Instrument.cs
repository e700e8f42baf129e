using System.Globalization;
using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Simulator.Instruments;

/// <summary>One tradable instrument of the built-in table: reference data and how its price moves.</summary>
internal sealed class Instrument
{
    public required int ConId { get; init; }
    public required string Symbol { get; init; }
    public required string SecType { get; init; }
    public required string Exchange { get; init; }
    public required string PrimaryExchange { get; init; }
    public string Currency { get; init; } = "USD";
    public required string LocalSymbol { get; init; }
    public required string TradingClass { get; init; }
    public required string LongName { get; init; }
    public string Expiry { get; init; } = string.Empty;
    public decimal? Strike { get; init; }
    public string Right { get; init; } = string.Empty;

    /// <summary>Contract multiplier as the wire spells it; empty for stocks.</summary>
    public string MultiplierText { get; init; } = string.Empty;

    public required decimal MinTick { get; init; }
    public required int MarketRuleId { get; init; }
    public required decimal StartPrice { get; init; }

    /// <summary>Shares or contracts per displayed lot (quote sizes are multiples of it).</summary>
    public decimal Lot { get; init; } = 1m;

    public string ValidExchanges { get; init; } = "SMART";
    public string Industry { get; init; } = string.Empty;
    public string Category { get; init; } = string.Empty;

    /// <summary>Months to the option's expiry at listing (1–3): scales its time value.</summary>
    public int ExpiryMonths { get; init; }

    /// <summary>The option's underlying; its price drives this instrument's quotes.</summary>
    public Instrument? Underlying { get; init; }

    /// <summary>False: live quotes need a subscription the paper login lacks (354; delayed data still works).</summary>
    public bool LiveDataPermitted { get; init; } = true;

    public decimal Multiplier => MultiplierText.Length == 0 ? 1m : decimal.Parse(MultiplierText, CultureInfo.InvariantCulture);

    /// <summary>The 11-field contract block of server messages (positions, executions, orders).</summary>
    public Contract ServerContract(string? exchange = null) => new()
    {
        ConId = ConId,
        Symbol = Symbol,
        SecType = SecType,
        LastTradeDateOrContractMonth = Expiry,
        Strike = Strike ?? 0m,
        Right = Right,
        Multiplier = MultiplierText,
        Exchange = exchange ?? Exchange,
        PrimaryExchange = PrimaryExchange,
        Currency = Currency,
        LocalSymbol = LocalSymbol,
        TradingClass = TradingClass,
    };

    /// <summary>The reference data of CONTRACT_DATA; trading hours are the simulator's: around the clock.</summary>
    public ContractDetails Details(SimClock clock)
    {
        var contract = ServerContract();
        contract.LastTradeDate = Expiry;
        var today = clock.Local(clock.Now).Date;
        var hours = string.Join(';', Enumerable.Range(0, 3).Select(d => today.AddDays(d).ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Select(d => $"{d}:0000-{d}:2359"));
        var rules = string.Join(',', ValidExchanges.Split(',').Select(_ => MarketRuleId.ToString(CultureInfo.InvariantCulture)));
        return new ContractDetails
        {
            Contract = contract,
            MarketName = TradingClass,
            MinTick = MinTick,
            OrderTypes = "LMT,MKT,STP,STPLMT,TRAIL",
            ValidExchanges = ValidExchanges,
            PriceMagnifier = 1,
            UnderConId = Underlying?.ConId ?? 0,
            LongName = LongName,
            ContractMonth = SecType == "STK" ? string.Empty : Expiry[..Math.Min(6, Expiry.Length)],
            Industry = Industry,
            Category = Category,
            Subcategory = Category,
            TimeZoneId = clock.ZoneName,
            TradingHours = hours,
            LiquidHours = hours,
            AggGroup = 1,
            UnderSymbol = Underlying?.Symbol ?? string.Empty,
            UnderSecType = Underlying?.SecType ?? string.Empty,
            MarketRuleIds = rules,
            RealExpirationDate = Expiry,
            StockType = SecType == "STK" ? "COMMON" : string.Empty,
            MinSize = 1m,
            SizeIncrement = 1m,
            SuggestedSizeIncrement = SecType == "STK" ? 100m : 1m,
        };
    }

    /// <summary>Rounds down to the price grid.</summary>
    public decimal Floor(decimal price) => Math.Floor(price / MinTick) * MinTick;

    public bool OnGrid(decimal price) => price % MinTick == 0m;
}
