using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Accounts;

/// <summary>One account's holding of one instrument. Average cost is per unit times the multiplier, commissions included (as the Gateway reports it).</summary>
internal sealed class PositionState(Instrument instrument)
{
    public Instrument Instrument { get; } = instrument;

    public decimal Quantity { get; set; }

    public decimal AverageCost { get; set; }

    public decimal Realized { get; set; }

    public decimal MarketValue(decimal mark) => Quantity * mark * Instrument.Multiplier;

    public decimal Unrealized(decimal mark) => MarketValue(mark) - (Quantity * AverageCost);
}
