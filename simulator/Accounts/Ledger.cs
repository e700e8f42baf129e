namespace Ibkr.Simulator.Accounts;

/// <summary>The managed accounts, in the order MANAGED_ACCTS lists them.</summary>
internal sealed class Ledger
{
    private readonly Dictionary<string, AccountState> _byId;

    public Ledger(IReadOnlyList<string> accounts, decimal startingCash)
    {
        All = [.. accounts.Select(a => new AccountState(a, startingCash))];
        _byId = All.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<AccountState> All { get; }

    public AccountState Default => All[0];

    public AccountState? Find(string id) => _byId.GetValueOrDefault(id);
}
