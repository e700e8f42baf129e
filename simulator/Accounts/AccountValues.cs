using System.Globalization;
using Ibkr.Simulator.MarketData;

namespace Ibkr.Simulator.Accounts;

/// <summary>
/// The account values derived from cash and positions marked at the last price: what reqAccountUpdates and
/// reqAccountSummary report. Margin is Reg-T-like: 25 % of stock and option value, 6 % of future notional.
/// </summary>
internal static class AccountValues
{
    /// <summary>The tags, in the order they are sent.</summary>
    public static readonly string[] Tags =
    [
        "NetLiquidation", "TotalCashValue", "SettledCash", "GrossPositionValue", "EquityWithLoanValue",
        "InitMarginReq", "MaintMarginReq", "AvailableFunds", "ExcessLiquidity", "BuyingPower",
        "UnrealizedPnL", "RealizedPnL",
    ];

    public static decimal MarginRate(string secType) => secType == "FUT" ? 0.06m : 0.25m;

    public static SortedDictionary<string, decimal> Compute(AccountState account, Market market)
    {
        decimal marketValue = 0m, gross = 0m, unrealized = 0m, margin = 0m;
        foreach (var position in account.Positions.Values)
        {
            var mark = market[position.Instrument].Last;
            var value = position.MarketValue(mark);
            unrealized += position.Unrealized(mark);
            gross += Math.Abs(value);
            margin += Math.Abs(value) * MarginRate(position.Instrument.SecType);
            if (position.Instrument.SecType != "FUT")
            {
                marketValue += value;
            }
            else
            {
                // A future's value is its unrealized P&L; the notional is not cash.
                marketValue += position.Unrealized(mark);
            }
        }

        var netLiquidation = account.Cash + marketValue;
        var maintenance = margin * 0.8m;
        return new SortedDictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["NetLiquidation"] = netLiquidation,
            ["TotalCashValue"] = account.Cash,
            ["SettledCash"] = account.Cash,
            ["GrossPositionValue"] = gross,
            ["EquityWithLoanValue"] = netLiquidation,
            ["InitMarginReq"] = margin,
            ["MaintMarginReq"] = maintenance,
            ["AvailableFunds"] = netLiquidation - margin,
            ["ExcessLiquidity"] = netLiquidation - maintenance,
            ["BuyingPower"] = (netLiquidation - margin) * 4m,
            ["UnrealizedPnL"] = unrealized,
            ["RealizedPnL"] = account.Realized,
        };
    }

    /// <summary>Money as the Gateway writes it: two decimals.</summary>
    public static string Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
