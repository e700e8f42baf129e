using Ibkr.Contracts.Reference;
using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Flows;

/// <summary>REQ_HISTORICAL_NEWS: HISTORICAL_NEWS headlines until HISTORICAL_NEWS_END, which says whether more were cut off.</summary>
internal sealed class HistoricalNewsFlow(Func<int, Message> request) : OneShotFlow
{
    private readonly List<NewsHeadline> _headlines = [];

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() => [request(ReqId)];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case HistoricalNews n:
                _headlines.Add(ReferenceMapping.FromWire(n));
                break;
            case HistoricalNewsEnd end:
                Complete(new ValueResult<NewsHeadlines>
                {
                    Value = new NewsHeadlines { Headlines = _headlines.ToArray(), HasMore = end.HasMore },
                    Warnings = Warnings.ToArray(),
                });
                break;
        }
    }
}
