using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>
/// A deliberately simple option value: intrinsic value plus a time value that grows with months to expiry and
/// shrinks away from the money. Exact decimal arithmetic, rounded to the option's tick; never below one tick.
/// </summary>
internal static class OptionPricing
{
    public static decimal Theoretical(Instrument option, decimal underlying)
    {
        var strike = option.Strike ?? 0m;
        var intrinsic = option.Right == "C" ? Math.Max(0m, underlying - strike) : Math.Max(0m, strike - underlying);
        var timeValue = underlying * 0.012m * option.ExpiryMonths / (1m + (Math.Abs(underlying - strike) / 20m));
        return Math.Max(option.MinTick, option.Floor(intrinsic + timeValue));
    }
}
