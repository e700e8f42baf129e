using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost;

/// <summary>
/// The corpus writes one HISTORICAL_DATA reply as consecutive <c>historical_bar</c> lines (one bar each, one
/// req_id) and a <c>historical_bars_end</c>; on the wire it is one frame holding every bar and no end
/// (docs/decisions/0006). The replay host and the scripted client group the steps by this one rule.
/// </summary>
internal static class HistoricalBarRun
{
    /// <summary>
    /// The <c>historical_bar</c> steps from <paramref name="index"/> on that share its req_id (bindings resolved for
    /// the comparison), and how many steps the run takes: a <c>historical_bars_end</c> right after them counts too.
    /// </summary>
    public static (List<MessageStep> Bars, int Consumed) At(IReadOnlyList<TranscriptStep> steps, int index, Bindings bindings)
    {
        var first = (MessageStep)steps[index];
        var reqId = ReqId(first, bindings);
        var bars = new List<MessageStep> { first };
        while (index + bars.Count < steps.Count
            && steps[index + bars.Count] is MessageStep { Direction: Direction.Server, Name: "historical_bar" } next
            && ReqId(next, bindings) == reqId)
        {
            bars.Add(next);
        }

        var consumed = bars.Count;
        if (index + consumed < steps.Count
            && steps[index + consumed] is MessageStep { Direction: Direction.Server, Name: "historical_bars_end" })
        {
            consumed++;
        }

        return (bars, consumed);
    }

    private static string ReqId(MessageStep step, Bindings bindings) => Bindings.Text(bindings.Resolve(step.Body["req_id"]));
}
