using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Advisor and login data: family codes, soft-dollar tiers, FA configuration, user info.</summary>
public sealed class AdvisorsApi
{
    private readonly OneShotRunner _oneShots;

    internal AdvisorsApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>The family code of each account of the login.</summary>
    public Task<IReadOnlyList<FamilyCode>> FamilyCodesAsync(CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<FamilyCode>(new FamilyCodesQuery(), cancellationToken);

    /// <summary>The soft-dollar tiers an order may name.</summary>
    public Task<IReadOnlyList<SoftDollarTier>> SoftDollarTiersAsync(CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<SoftDollarTier>(new SoftDollarTiersQuery(), cancellationToken);

    /// <summary>An advisor login's configuration of one kind (groups or aliases), as the Gateway's XML.</summary>
    public Task<string> FaConfigAsync(FaDataType dataType = FaDataType.Groups, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(new FaConfigQuery { DataType = dataType }, cancellationToken);

    /// <summary>The login's white-branding id; empty for a regular IBKR login.</summary>
    public Task<string> UserInfoAsync(CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(new UserInfoQuery(), cancellationToken);
}
