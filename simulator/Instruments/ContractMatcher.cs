using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Simulator.Instruments;

/// <summary>
/// Resolves a request's contract against the table the way the Gateway does: a conId decides alone; otherwise
/// every field the client set must match (symbol, secType, currency, exchange, expiry prefix, strike, right,
/// multiplier, local symbol, trading class).
/// </summary>
internal static class ContractMatcher
{
    public static List<Instrument> Matches(InstrumentTable table, Contract wanted)
    {
        if (wanted.ConId != 0)
        {
            var byId = table.Find(wanted.ConId);
            return byId is null ? [] : [byId];
        }

        return [.. table.All.Where(i => Fits(i, wanted))];
    }

    /// <summary>The one instrument a request means, or null when none or several match (error 200).</summary>
    public static Instrument? Single(InstrumentTable table, Contract wanted)
    {
        var matches = Matches(table, wanted);
        return matches.Count == 1 ? matches[0] : null;
    }

    private static bool Fits(Instrument i, Contract c) =>
        Same(c.Symbol, i.Symbol)
        && Optional(c.SecType, i.SecType)
        && Optional(c.Currency, i.Currency)
        && ExchangeFits(c.Exchange, i)
        && (c.LastTradeDateOrContractMonth.Length == 0 || i.Expiry.StartsWith(c.LastTradeDateOrContractMonth, StringComparison.Ordinal))
        && (c.Strike is null or 0m || c.Strike == i.Strike)
        && RightFits(c.Right, i.Right)
        && Optional(c.Multiplier, i.MultiplierText)
        && Optional(c.LocalSymbol, i.LocalSymbol)
        && Optional(c.TradingClass, i.TradingClass);

    private static bool Same(string wanted, string actual) => string.Equals(wanted.Trim(), actual, StringComparison.OrdinalIgnoreCase);

    private static bool Optional(string wanted, string actual) => wanted.Length == 0 || Same(wanted, actual);

    private static bool ExchangeFits(string wanted, Instrument i) =>
        wanted.Length == 0 || i.ValidExchanges.Split(',').Any(e => Same(wanted, e)) || Same(wanted, i.PrimaryExchange);

    private static bool RightFits(string wanted, string actual) => wanted.ToUpperInvariant() switch
    {
        "" or "?" => true,
        "C" or "CALL" => actual == "C",
        "P" or "PUT" => actual == "P",
        _ => false,
    };
}
