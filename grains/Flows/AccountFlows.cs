using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>REQ_ACCOUNT_SUMMARY: one row per account and tag; SnapshotComplete at ACCOUNT_SUMMARY_END, then updates.</summary>
internal sealed class AccountSummaryFlow(string grainKey, AccountSummarySpec summary) : SubscriptionFlow(grainKey, summary)
{
    private AccountSummarySpec Summary => (AccountSummarySpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => [new ReqAccountSummary { ReqId = ReqId, Group = Summary.Group, Tags = Summary.Tags.ToList() }];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelAccountSummary { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case AccountSummary a:
                Emit(new AccountSummaryUpdate { Row = new AccountSummaryRow { Account = a.Account, Tag = a.Tag, Value = a.Value, Currency = a.Currency } }, context);
                break;
            case AccountSummaryEnd:
                Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
                break;
        }
    }
}

/// <summary>REQ_POSITIONS: every account's positions; SnapshotComplete at POSITION_END, then changes. No request id.</summary>
internal sealed class PositionsFlow(string grainKey, PositionsSpec positions) : SubscriptionFlow(grainKey, positions)
{
    /// <inheritdoc/>
    public override string? Singleton => "positions";

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => [new ReqPositions()];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelPositions()];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case Position p:
                Emit(new PositionUpdate { Row = new PositionRow { Account = p.Account, Contract = ContractMapping.FromWire(p.Contract), Position = p.Pos ?? 0m, AverageCost = p.AvgCost } }, context);
                break;
            case PositionEnd:
                Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
                break;
        }
    }
}
