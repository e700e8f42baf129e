using Ibkr.Contracts.Requests;

namespace Ibkr.Grains.Flows;

/// <summary>
/// The flow for each kind of one-shot: which request it sends, which replies it collects, and which marker ends
/// it. One partial file per family (contracts, history, news, advisors, options, WSH, orders, the Gateway
/// itself); a one-shot kind none of them lists is refused with a clear reason.
/// </summary>
internal static partial class OneShotCatalog
{
    /// <summary>The flow for <paramref name="request"/>, or null when this kind is not supported.</summary>
    public static OneShotFlow? Create(OneShotRequest request) =>
        ForContracts(request)
        ?? ForHistory(request)
        ?? ForOrders(request)
        ?? ForNews(request)
        ?? ForAdvisors(request)
        ?? ForOptions(request)
        ?? ForWsh(request)
        ?? ForGateway(request);

    /// <summary>A one-shot answered with one message that is the whole list: its rows, and the end.</summary>
    private static RowStep<TRow> All<TRow>(IEnumerable<TRow> rows) => RowStep<TRow>.Many(rows.ToArray(), end: true);
}
