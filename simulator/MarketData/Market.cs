using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>Every instrument's market, stepped together in table order (underlyings before options).</summary>
internal sealed class Market
{
    private readonly Dictionary<int, InstrumentMarket> _byConId = [];

    public Market(InstrumentTable table, int seed, DateTimeOffset start)
    {
        foreach (var instrument in table.All)
        {
            var underlying = instrument.Underlying is null ? null : _byConId[instrument.Underlying.ConId];

            // One generator per instrument, derived from the seed and the conId without hashing that varies per process.
            var own = unchecked((seed * 1_000_003) ^ (instrument.ConId * 2_654_435));
            _byConId.Add(instrument.ConId, new InstrumentMarket(instrument, underlying, own, start));
        }

        All = [.. table.All.Select(i => _byConId[i.ConId])];
    }

    public IReadOnlyList<InstrumentMarket> All { get; }

    /// <summary>How many steps have run.</summary>
    public long Steps { get; private set; }

    public InstrumentMarket this[Instrument instrument] => _byConId[instrument.ConId];

    public void Step(DateTimeOffset now)
    {
        Steps++;
        foreach (var market in All)
        {
            market.Step(now);
        }
    }
}
