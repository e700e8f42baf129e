using Ibkr.Contracts.Subscriptions;

namespace Ibkr.Grains.Flows;

/// <summary>The flow for each kind of subscription; a kind not listed here is refused with a clear reason.</summary>
internal static class SubscriptionCatalog
{
    public static SubscriptionFlow? Create(string grainKey, SubscriptionSpec spec) => spec switch
    {
        QuoteSpec q => new QuoteFlow(grainKey, q),
        AccountSummarySpec a => new AccountSummaryFlow(grainKey, a),
        PositionsSpec p => new PositionsFlow(grainKey, p),
        RealTimeBarsSpec b => new RealTimeBarsFlow(grainKey, b),
        TickByTickSpec t => new TickByTickFlow(grainKey, t),
        DepthSpec d => new DepthFlow(grainKey, d),
        LiveBarsSpec b => new LiveBarsFlow(grainKey, b),
        AccountUpdatesSpec a => new AccountUpdatesFlow(grainKey, a),
        PnLSpec p => new PnLFlow(grainKey, p),
        OpenOrdersSpec o => new OpenOrdersFlow(grainKey, o),
        NewsBulletinsSpec n => new NewsBulletinsFlow(grainKey, n),
        ScannerSpec s => new ScannerFlow(grainKey, s),
        _ => null,
    };
}
