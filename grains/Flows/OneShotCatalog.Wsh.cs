using Ibkr.Contracts.Requests;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// Wall Street Horizon: metadata and event data, one JSON reply each. A WSH request stays registered on the
/// Gateway until it is cancelled, so each is cancelled once answered (transcripts/wsh_meta_and_event_data.txt).
/// </summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForWsh(OneShotRequest request) => request switch
    {
        WshMetaDataQuery => new ValueFlow<WshMetaData, string>(
            id => [new ReqWshMetaData { ReqId = id }],
            d => d.DataJson,
            release: id => [new CancelWshMetaData { ReqId = id }]),
        WshEventDataQuery q => new ValueFlow<WshEventData, string>(
            id => [new ReqWshEventData
            {
                ReqId = id,
                ConId = q.ConId is { } conId ? checked((int)conId) : int.MaxValue,
                Filter = q.Filter,
                FillWatchlist = q.FillWatchlist,
                FillPortfolio = q.FillPortfolio,
                FillCompetitors = q.FillCompetitors,
                StartDate = q.StartDate,
                EndDate = q.EndDate,
                TotalLimit = q.TotalLimit ?? int.MaxValue,
            }],
            d => d.DataJson,
            release: id => [new CancelWshEventData { ReqId = id }]),
        _ => null,
    };
}
