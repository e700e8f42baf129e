using System.Globalization;
using System.Text.RegularExpressions;

namespace Ibkr.Cli.Capture.Redacting;

/// <summary>The identifiers that point at a real account or order at IBKR.</summary>
internal enum IdentifierKind
{
    Account,
    PermId,
    ExecId,
    OrderRef,
}

/// <summary>
/// What each identifier looks like once sanitized (the forms transcripts/ already uses: <c>DU0000001</c>,
/// <c>900000001</c>, <c>0000a001.00000001.01.01</c>, <c>t-ord-1</c>) and how the n-th placeholder is spelled.
/// </summary>
internal static partial class Identifiers
{
    /// <summary>Account-shaped tokens anywhere in text: IBKR account ids are a U/DU/F/DF prefix and digits.</summary>
    [GeneratedRegex(@"\b(?:DU|DF|U|F)\d{5,9}\b", RegexOptions.CultureInvariant)]
    public static partial Regex AccountToken();

    [GeneratedRegex(@"^(?:DU|DF|U|F)0000\d{2,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex SanitizedAccount();

    [GeneratedRegex(@"^900000\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SanitizedPermId();

    [GeneratedRegex(@"^0000a001\.\d{8}\.\d{2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SanitizedExecId();

    [GeneratedRegex(@"^t-ord-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex SanitizedOrderRef();

    /// <summary>Key-based account values that are not account ids at all (a summary group such as <c>All</c>) are left alone.</summary>
    [GeneratedRegex(@"^[A-Z]{1,3}\d{3,}$", RegexOptions.CultureInvariant)]
    public static partial Regex AccountShape();

    public static bool IsSanitized(IdentifierKind kind, string value) => kind switch
    {
        IdentifierKind.Account => SanitizedAccount().IsMatch(value),
        IdentifierKind.PermId => SanitizedPermId().IsMatch(value),
        IdentifierKind.ExecId => SanitizedExecId().IsMatch(value),
        _ => SanitizedOrderRef().IsMatch(value),
    };

    public static string Placeholder(IdentifierKind kind, int n) => kind switch
    {
        IdentifierKind.Account => string.Create(CultureInfo.InvariantCulture, $"DU{n:D7}"),
        IdentifierKind.PermId => string.Create(CultureInfo.InvariantCulture, $"{900_000_000 + n}"),
        IdentifierKind.ExecId => string.Create(CultureInfo.InvariantCulture, $"0000a001.{n:D8}.01.01"),
        _ => string.Create(CultureInfo.InvariantCulture, $"t-ord-{n}"),
    };

    /// <summary>The identifier kind of a JSON key, or null for keys that hold no identifier.</summary>
    public static IdentifierKind? OfKey(string key) => key switch
    {
        "account" or "accounts" or "account_id" or "account_name" or "acct_code" or "acct_number" or "managed_accounts" => IdentifierKind.Account,
        "perm_id" or "parent_perm_id" => IdentifierKind.PermId,
        "exec_id" => IdentifierKind.ExecId,
        "order_ref" => IdentifierKind.OrderRef,
        _ => null,
    };

    public const string Label = "account|perm_id|exec_id|order_ref";

    public static string Name(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Account => "account",
        IdentifierKind.PermId => "perm_id",
        IdentifierKind.ExecId => "exec_id",
        _ => "order_ref",
    };
}
