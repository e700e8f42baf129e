using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using FamilyCode = Ibkr.Contracts.Accounts.FamilyCode;
using SoftDollarTier = Ibkr.Contracts.Accounts.SoftDollarTier;

namespace Ibkr.Grains.Flows;

/// <summary>Advisor and login data: family codes, soft-dollar tiers, FA configuration, user info.</summary>
internal static partial class OneShotCatalog
{
    private static OneShotFlow? ForAdvisors(OneShotRequest request) => request switch
    {
        FamilyCodesQuery => new RowsFlow<FamilyCode>(
            _ => [new ReqFamilyCodes()],
            m => m is FamilyCodes f ? All(f.Codes.Select(ReferenceMapping.FromWire)) : RowStep<FamilyCode>.Skip,
            singleton: SingletonRoutes.FamilyCodes),
        SoftDollarTiersQuery => new RowsFlow<SoftDollarTier>(
            id => [new ReqSoftDollarTiers { ReqId = id }],
            m => m is SoftDollarTiers t ? All(t.Tiers.Select(ReferenceMapping.FromWire)) : RowStep<SoftDollarTier>.Skip),
        UserInfoQuery => new ValueFlow<UserInfo, string>(
            id => [new ReqUserInfo { ReqId = id }],
            u => u.WhiteBrandingId),
        FaConfigQuery q => new ValueFlow<ReceiveFa, string>(
            _ => [new RequestFa { FaDataType = (int)q.DataType }],
            fa => fa.FaData,
            singleton: SingletonRoutes.FaConfig((int)q.DataType)),
        _ => null,
    };
}
