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
        _ => null,
    };
}
