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
        CurrentTimeQuery => new ValueFlow<long>(
            _ => [new ReqCurrentTime()],
            m => m is CurrentTime t ? t.Time : throw Unexpected(m, "the current time"),
            singleton: SingletonRoutes.CurrentTime),
        DisplayGroupsQuery => new RowsFlow<int>(
            id => [new QueryDisplayGroups { ReqId = id }],
            m => m is DisplayGroupList l ? All(ReferenceMapping.DisplayGroupIds(l)) : RowStep<int>.Skip),
        ScannerParametersQuery => new ValueFlow<string>(
            _ => [new ReqScannerParameters()],
            m => m is ScannerParameters p ? p.Xml : throw Unexpected(m, "the scanner parameters"),
            singleton: SingletonRoutes.ScannerParameters),
        _ => null,
    };
}
