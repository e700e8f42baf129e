namespace Ibkr.Contracts.Accounts;

/// <summary>The family code of one account of the login (FAMILY_CODES).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.FamilyCode")]
public sealed record FamilyCode
{
    [Id(0)] public string AccountId { get; init; } = string.Empty;
    [Id(1)] public string Code { get; init; } = string.Empty;
}

/// <summary>
/// A soft-dollar tier (SOFT_DOLLAR_TIERS); an order names one by <see cref="Name"/> and <see cref="Value"/>
/// (<c>OrderRequest.SoftDollarTierName</c> / <c>SoftDollarTierValue</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.SoftDollarTier")]
public sealed record SoftDollarTier
{
    [Id(0)] public string Name { get; init; } = string.Empty;
    [Id(1)] public string Value { get; init; } = string.Empty;
    [Id(2)] public string DisplayName { get; init; } = string.Empty;
}
