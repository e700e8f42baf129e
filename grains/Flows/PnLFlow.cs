using Ibkr.Contracts.Subscriptions;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Wire = Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_PNL (an account or model) or, when the spec names a contract id, REQ_PNL_SINGLE (one position): a PnL
/// update whenever the Gateway recomputes it. Amounts not yet computed arrive unset (null). No snapshot.
/// </summary>
internal sealed class PnLFlow(string grainKey, PnLSpec pnl) : SubscriptionFlow(grainKey, pnl)
{
    private PnLSpec PnL => (PnLSpec)Spec;

    private bool Single => PnL.ConId != 0;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => Single
        ? [new ReqPnLSingle { ReqId = ReqId, Account = PnL.Account, ModelCode = PnL.ModelCode, ConId = checked((int)PnL.ConId) }]
        : [new ReqPnL { ReqId = ReqId, Account = PnL.Account, ModelCode = PnL.ModelCode }];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => Single
        ? [new CancelPnLSingle { ReqId = ReqId }]
        : [new CancelPnL { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case Wire.PnL p:
                Emit(new PnLUpdate { PnL = new Contracts.Accounts.PnL { DailyPnl = p.DailyPnL, UnrealizedPnl = p.UnrealizedPnL, RealizedPnl = p.RealizedPnL } }, context);
                break;
            case Wire.PnLSingle p:
                Emit(new PnLUpdate
                {
                    PnL = new Contracts.Accounts.PnL
                    {
                        DailyPnl = p.DailyPnL,
                        UnrealizedPnl = p.UnrealizedPnL,
                        RealizedPnl = p.RealizedPnL,
                        Position = p.Pos,
                        Value = p.Value,
                    },
                },
                context);
                break;
        }
    }
}
