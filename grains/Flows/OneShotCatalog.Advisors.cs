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
        UserInfoQuery => new ValueFlow<string>(
            id => [new ReqUserInfo { ReqId = id }],
            m => m is UserInfo u ? u.WhiteBrandingId : throw Unexpected(m, "user info")),
        FaConfigQuery q => new ValueFlow<string>(
            _ => [new RequestFa { FaDataType = (int)q.DataType }],
            m => m is ReceiveFa fa ? fa.FaData : throw Unexpected(m, "an FA configuration"),
            singleton: SingletonRoutes.FaConfig((int)q.DataType)),
        _ => null,
    };
}
