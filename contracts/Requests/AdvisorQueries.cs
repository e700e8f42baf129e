namespace Ibkr.Contracts.Requests;

/// <summary>The family code of each account of the login → rows of <see cref="Accounts.FamilyCode"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.FamilyCodesQuery")]
public sealed record FamilyCodesQuery : OneShotRequest;

/// <summary>The soft-dollar tiers orders may name → rows of <see cref="Accounts.SoftDollarTier"/>.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.SoftDollarTiersQuery")]
public sealed record SoftDollarTiersQuery : OneShotRequest;

/// <summary>The login's white-branding id (empty for a regular IBKR login) → <see cref="ValueResult{T}"/> of string.</summary>
[GenerateSerializer, Immutable, Alias("ibkr.UserInfoQuery")]
public sealed record UserInfoQuery : OneShotRequest;

/// <summary>An advisor login's configuration of one kind → <see cref="ValueResult{T}"/> of its XML (string).</summary>
[GenerateSerializer, Immutable, Alias("ibkr.FaConfigQuery")]
public sealed record FaConfigQuery : OneShotRequest
{
    [Id(0)] public FaDataType DataType { get; init; } = FaDataType.Groups;
}

/// <summary>The kinds of financial-advisor configuration (the Gateway no longer serves profiles, 2).</summary>
public enum FaDataType
{
    /// <summary>Allocation groups.</summary>
    Groups = 1,

    /// <summary>Account aliases.</summary>
    Aliases = 3,
}
