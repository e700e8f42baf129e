using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Wire = Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_ACCOUNT_UPDATES for one account: account values, portfolio positions and the update time, with
/// SnapshotComplete at ACCOUNT_DOWNLOAD_END, then changes. The replies carry no request id; the Gateway streams
/// one account at a time, so a subscription for another account takes the route (and the Gateway stream) over.
/// Rows that name a different account are not this subscription's. Stopped with the same request, subscribe=false.
/// </summary>
internal sealed class AccountUpdatesFlow(string grainKey, AccountUpdatesSpec updates) : SubscriptionFlow(grainKey, updates)
{
    private AccountUpdatesSpec Updates => (AccountUpdatesSpec)Spec;

    /// <inheritdoc/>
    public override string? Singleton => SingletonRoutes.AccountUpdates;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => [new ReqAccountUpdates { Subscribe = true, AcctCode = Updates.Account }];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new ReqAccountUpdates { Subscribe = false, AcctCode = Updates.Account }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case Wire.AccountValue v when Ours(v.AccountName):
                Emit(new AccountValueUpdate { Value = new AccountValue { Account = v.AccountName, Key = v.Key, Value = v.Value, Currency = v.Currency } }, context);
                break;
            case Wire.PortfolioValue p when Ours(p.AccountName):
                Emit(new PortfolioUpdate { Item = Item(p) }, context);
                break;
            case Wire.AccountUpdateTime t:
                Emit(new AccountTimeUpdate { Time = t.Timestamp }, context);
                break;
            case Wire.AccountDownloadEnd e when Ours(e.Account):
                Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
                break;
        }
    }

    private bool Ours(string account) => Updates.Account.Length == 0 || account.Length == 0 || account == Updates.Account;

    private static PortfolioItem Item(Wire.PortfolioValue p) => new()
    {
        Account = p.AccountName,
        Contract = ContractMapping.FromWire(p.Contract),
        Position = p.Position ?? 0m,
        MarketPrice = p.MarketPrice,
        MarketValue = p.MarketValue,
        AverageCost = p.AverageCost,
        UnrealizedPnl = p.UnrealizedPnl ?? 0m,
        RealizedPnl = p.RealizedPnl ?? 0m,
    };
}
