using Ibkr.Protocol.Telemetry;

namespace Ibkr.Grains.Telemetry;

/// <summary>The grains' measurements, on the <c>Ibkr.Orleans</c> meter, tagged by session.</summary>
internal static class GrainMetrics
{
    public static void LegOpened(string session) => IbkrTelemetry.LegsOpened.Add(1, Tag(session));

    public static void LegEnded(string session, string reason, bool decodeError)
    {
        IbkrTelemetry.LegsEnded.Add(1, Tag(session), new(IbkrTelemetry.Tags.Reason, reason));
        if (decodeError)
        {
            IbkrTelemetry.DecodeErrors.Add(1, Tag(session));
        }
    }

    public static void Reconnecting(string session) => IbkrTelemetry.Reconnects.Add(1, Tag(session));

    public static void Received(string session, int count) => IbkrTelemetry.MessagesIn.Add(count, Tag(session));

    public static void Sent(string session, int count) => IbkrTelemetry.MessagesOut.Add(count, Tag(session));

    public static void OrderTransition(string session, string from, string to) =>
        IbkrTelemetry.OrderTransitions.Add(1, Tag(session), new(IbkrTelemetry.Tags.From, from), new(IbkrTelemetry.Tags.To, to));

    public static void Filled(string session) => IbkrTelemetry.Fills.Add(1, Tag(session));

    public static void FannedOut(string kind, int subscribers, int events)
    {
        for (var i = 0; i < events; i++)
        {
            IbkrTelemetry.SubscriptionFanOut.Record(subscribers, new KeyValuePair<string, object?>(IbkrTelemetry.Tags.Kind, kind));
        }
    }

    private static KeyValuePair<string, object?> Tag(string session) => new(IbkrTelemetry.Tags.Session, session);
}
