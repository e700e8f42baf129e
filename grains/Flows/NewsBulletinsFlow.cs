using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Routing;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Wire = Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_NEWS_BULLETINS: IB bulletins and exchange availability notices as they are published (with all messages,
/// the day's earlier ones first). The replies carry no request id; the session routes them by kind. No snapshot.
/// </summary>
internal sealed class NewsBulletinsFlow(string grainKey, NewsBulletinsSpec bulletins) : SubscriptionFlow(grainKey, bulletins)
{
    private NewsBulletinsSpec Bulletins => (NewsBulletinsSpec)Spec;

    /// <inheritdoc/>
    public override string? Singleton => SingletonRoutes.NewsBulletins;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => [new ReqNewsBulletins { AllMessages = Bulletins.AllMessages }];

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelNewsBulletins()];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        if (message is Wire.NewsBulletin b)
        {
            var bulletin = new Contracts.Reference.NewsBulletin { MessageId = b.NewsMsgId, Type = b.NewsMsgType, Message = b.NewsMessage, OriginExchange = b.OriginatingExch };
            Emit(new NewsBulletinUpdate { Bulletin = bulletin }, context);
        }
    }
}
