using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Orders;

/// <summary>
/// A fixed-rate commission schedule in the spirit of IBKR Pro Fixed: stocks $0.005 a share, at least $1.00 and at
/// most 1 % of the trade value; options $0.65 a contract, at least $1.00; futures $0.85 a contract.
/// </summary>
internal static class Commissions
{
    public static decimal For(Instrument instrument, decimal quantity, decimal price) => instrument.SecType switch
    {
        "STK" => Math.Round(Math.Min(Math.Max(1.00m, 0.005m * quantity), 0.01m * quantity * price), 2),
        "OPT" => Math.Round(Math.Max(1.00m, 0.65m * quantity), 2),
        _ => Math.Round(0.85m * quantity, 2),
    };
}
