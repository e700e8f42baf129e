namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// The safety gate for scenarios that place orders: an explicit opt-in before connecting, and paper accounts
/// only (every managed account starts with <c>DU</c>) once the Gateway has said which accounts it manages.
/// </summary>
internal static class TradingGate
{
    public const string Variable = "IBKR_CAPTURE_TRADING";

    public static bool OptedIn(Func<string, string?> environment) => environment(Variable) == "1";

    public static void RequirePaperAccounts(IReadOnlyList<string> accounts)
    {
        if (accounts.Count == 0 || accounts.Any(a => !a.StartsWith("DU", StringComparison.Ordinal)))
        {
            throw new ScenarioFailedException($"refused: trading scenarios run only when every managed account is a paper account (DU…); the gateway manages [{string.Join(',', accounts)}]");
        }
    }
}
