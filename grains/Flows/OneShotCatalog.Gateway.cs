using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>The Gateway itself: its clock, the TWS display groups, the scanner parameter document.</summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForGateway(OneShotRequest request) => request switch
    {
        CurrentTimeQuery => new ValueFlow<CurrentTime, long>(
            _ => [new ReqCurrentTime()],
            t => t.Time,
            singleton: SingletonRoutes.CurrentTime),
        DisplayGroupsQuery => new RowsFlow<int>(
            id => [new QueryDisplayGroups { ReqId = id }],
            m => m is DisplayGroupList l ? All(ReferenceMapping.DisplayGroupIds(l)) : RowStep<int>.Skip),
        ScannerParametersQuery => new ValueFlow<ScannerParameters, string>(
            _ => [new ReqScannerParameters()],
            p => p.Xml,
            singleton: SingletonRoutes.ScannerParameters),
        _ => null,
    };
}
