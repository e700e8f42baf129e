using Ibkr.Protocol.Messages.Inbound;
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

    /// <summary>
    /// TICK_OPTION_COMPUTATION (model, tick type 13) from the same simple model: a fixed 30 % volatility and a
    /// delta that moves linearly from 0 to 1 across ±10 % of the underlying around the strike.
    /// </summary>
    public static TickOptionComputation Computation(int reqId, Instrument option, decimal price, decimal underlying)
    {
        var strike = option.Strike ?? 0m;
        var callDelta = Math.Clamp(0.5m + ((underlying - strike) / (0.2m * underlying)), 0m, 1m);
        var delta = option.Right == "C" ? callDelta : callDelta - 1m;
        var atTheMoney = 1m - Math.Min(1m, Math.Abs(underlying - strike) / (0.1m * underlying));
        return new TickOptionComputation
        {
            ReqId = reqId,
            TickType = 13,
            TickAttrib = 0,
            ImpliedVol = 0.30m,
            Delta = Math.Round(delta, 4),
            OptPrice = price,
            PvDividend = 0m,
            Gamma = Math.Round(0.05m * atTheMoney, 4),
            Vega = Math.Round(0.10m * atTheMoney * option.ExpiryMonths, 4),
            Theta = Math.Round(-0.05m * atTheMoney / option.ExpiryMonths, 4),
            UndPrice = underlying,
        };
    }
}
