using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Simulator.Instruments;

/// <summary>
/// The built-in instruments: four US stocks, an AAPL option chain (three monthly expiries after the start date,
/// strikes 170–210, calls and puts) and an E-mini S&amp;P future. Fixed conIds, so clients can hard-code them.
/// </summary>
internal sealed class InstrumentTable
{
    public const int AaplConId = 265598;
    public const int MsftConId = 272093;
    public const int SpyConId = 756733;
    public const int IbmConId = 8314;
    public const int EsConId = 495512563;
    private const int FirstOptionConId = 700_000_001;

    private readonly List<Instrument> _all = [];
    private readonly Dictionary<int, Instrument> _byConId = [];

    public InstrumentTable(DateTime startDate)
    {
        var aapl = Add(Stock(AaplConId, "AAPL", "NASDAQ", "APPLE INC", 189.10m, "Technology", "Computers"));
        Add(Stock(MsftConId, "MSFT", "NASDAQ", "MICROSOFT CORP", 414.20m, "Technology", "Software"));
        Add(Stock(SpyConId, "SPY", "ARCA", "SPDR S&P 500 ETF TRUST", 520.40m, "Funds", "Equity Fund"));
        Add(Stock(IbmConId, "IBM", "NYSE", "INTL BUSINESS MACHINES CORP", 185.30m, "Technology", "Computers"));
        var month = new DateTime(startDate.Year, startDate.Month, 1);
        Add(new Instrument
        {
            ConId = EsConId,
            Symbol = "ES",
            SecType = "FUT",
            Exchange = "CME",
            PrimaryExchange = "CME",
            LocalSymbol = "ESM6",
            TradingClass = "ES",
            LongName = "E-mini S&P 500",
            Expiry = ThirdFriday(NextQuarterMonth(month)).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            MultiplierText = "50",
            MinTick = 0.25m,
            MarketRuleId = 67,
            StartPrice = 5210.00m,
            ValidExchanges = "CME",
            Category = "Broad Range Equity Index",
            LiveDataPermitted = false,
        });

        var conId = FirstOptionConId;
        for (var m = 1; m <= 3; m++)
        {
            var expiry = ThirdFriday(month.AddMonths(m));
            Expirations.Add(expiry.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            for (var strike = 170m; strike <= 210m; strike += 5m)
            {
                foreach (var right in new[] { "C", "P" })
                {
                    Add(Option(conId++, aapl, expiry, m, strike, right));
                }
            }
        }

        OptionStrikes = [.. Enumerable.Range(0, 9).Select(i => 170m + (5m * i))];
    }

    /// <summary>Every instrument, underlyings before their options (the order the market steps them in).</summary>
    public IReadOnlyList<Instrument> All => _all;

    /// <summary>The AAPL chain's expirations, yyyyMMdd.</summary>
    public List<string> Expirations { get; } = [];

    public List<decimal> OptionStrikes { get; }

    public Instrument? Find(int conId) => _byConId.GetValueOrDefault(conId);

    /// <summary>The price increments of a market rule id, or null for an unknown id.</summary>
    public static List<PriceIncrement>? MarketRule(int id) => id switch
    {
        26 => [new PriceIncrement { LowEdge = 0m, Increment = 0.01m }],
        67 => [new PriceIncrement { LowEdge = 0m, Increment = 0.25m }],
        _ => null,
    };

    private Instrument Add(Instrument instrument)
    {
        _all.Add(instrument);
        _byConId.Add(instrument.ConId, instrument);
        return instrument;
    }

    private static Instrument Stock(int conId, string symbol, string primary, string name, decimal price, string industry, string category) => new()
    {
        ConId = conId,
        Symbol = symbol,
        SecType = "STK",
        Exchange = "SMART",
        PrimaryExchange = primary,
        LocalSymbol = symbol,
        TradingClass = primary == "NASDAQ" ? "NMS" : symbol,
        LongName = name,
        MinTick = 0.01m,
        MarketRuleId = 26,
        StartPrice = price,
        Lot = 100m,
        ValidExchanges = $"SMART,{primary},ARCA,IEX",
        Industry = industry,
        Category = category,
    };

    private static Instrument Option(int conId, Instrument underlying, DateTime expiry, int months, decimal strike, string right)
    {
        var yymmdd = expiry.ToString("yyMMdd", CultureInfo.InvariantCulture);
        var strikeCode = ((int)(strike * 1000m)).ToString("D8", CultureInfo.InvariantCulture);
        return new Instrument
        {
            ConId = conId,
            Symbol = underlying.Symbol,
            SecType = "OPT",
            Exchange = "SMART",
            PrimaryExchange = "CBOE",
            LocalSymbol = $"{underlying.Symbol,-6}{yymmdd}{right}{strikeCode}",
            TradingClass = underlying.Symbol,
            LongName = underlying.LongName,
            Expiry = expiry.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            Strike = strike,
            Right = right,
            MultiplierText = "100",
            MinTick = 0.01m,
            MarketRuleId = 26,
            StartPrice = 0m,
            ValidExchanges = "SMART,CBOE,ISE",
            Underlying = underlying,
            ExpiryMonths = months,
        };
    }

    private static DateTime ThirdFriday(DateTime month)
    {
        var first = new DateTime(month.Year, month.Month, 1);
        var offset = ((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 14);
    }

    private static DateTime NextQuarterMonth(DateTime month)
    {
        var next = month.AddMonths(1);
        while (next.Month % 3 != 0)
        {
            next = next.AddMonths(1);
        }

        return next;
    }
}
