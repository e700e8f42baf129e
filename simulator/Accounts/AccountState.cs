using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Accounts;

/// <summary>One paper account: cash, realized P&amp;L and positions, changed only by fills.</summary>
internal sealed class AccountState(string id, decimal cash)
{
    public string Id { get; } = id;

    public decimal Cash { get; private set; } = cash;

    public decimal Realized { get; private set; }

    /// <summary>Positions by conId, in conId order.</summary>
    public SortedDictionary<int, PositionState> Positions { get; } = [];

    public PositionState Position(Instrument instrument)
    {
        if (!Positions.TryGetValue(instrument.ConId, out var position))
        {
            position = new PositionState(instrument);
            Positions.Add(instrument.ConId, position);
        }

        return position;
    }

    /// <summary>
    /// Books a fill: cash moves by the trade value and the commission; an opening trade averages into the cost,
    /// a closing trade realizes P&amp;L net of its commission. Returns the realized amount, or null for a purely
    /// opening trade (the commission report then carries no realized P&amp;L).
    /// </summary>
    public decimal? Apply(Instrument instrument, bool buy, decimal quantity, decimal price, decimal commission)
    {
        var position = Position(instrument);
        var unit = price * instrument.Multiplier;
        var signed = buy ? quantity : -quantity;

        // Futures exchange no notional: only commissions and realized P&L move their cash.
        var settlesNotional = instrument.SecType != "FUT";
        Cash -= (settlesNotional ? signed * unit : 0m) + commission;

        var held = position.Quantity;
        if (held == 0m || Math.Sign(held) == Math.Sign(signed))
        {
            var size = Math.Abs(held) + quantity;
            position.AverageCost = ((Math.Abs(held) * position.AverageCost) + (quantity * unit) + commission) / size;
            position.Quantity = held + signed;
            return null;
        }

        var closing = Math.Min(quantity, Math.Abs(held));
        var perUnit = held > 0m ? unit - position.AverageCost : position.AverageCost - unit;
        var realized = (perUnit * closing) - commission;
        if (!settlesNotional)
        {
            Cash += perUnit * closing;
        }

        position.Quantity = held + signed;
        if (position.Quantity == 0m)
        {
            position.AverageCost = 0m;
        }
        else if (Math.Sign(position.Quantity) != Math.Sign(held))
        {
            // The fill went through zero: the rest opens a new position at the fill price.
            position.AverageCost = unit;
        }

        position.Realized += realized;
        Realized += realized;
        return realized;
    }
}
