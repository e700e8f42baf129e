using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ibkr.Protocol.Telemetry;

/// <summary>
/// The service's own ActivitySource and Meter, both named <see cref="Name"/>, and every instrument on it.
/// They live here, in the BCL-only protocol assembly, because every layer records into them: the transport,
/// the grains (which cannot reference the silo) and the silo. The silo subscribes to <see cref="Name"/> with
/// OpenTelemetry; without a listener every call below costs a branch.
/// </summary>
public static class IbkrTelemetry
{
    /// <summary>The ActivitySource and Meter name to subscribe to.</summary>
    public const string Name = "Ibkr.Orleans";

    /// <summary>Spans for session, order and subscription work.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The meter every instrument below belongs to.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Legs that completed the handshake and bootstrap (reached Ready). Tag: <see cref="Tags.Session"/>.</summary>
    public static readonly Counter<long> LegsOpened =
        Meter.CreateCounter<long>("ibkr.legs.opened", "{leg}", "Gateway legs that reached Ready");

    /// <summary>Legs that ended. Tags: <see cref="Tags.Session"/>, <see cref="Tags.Reason"/>.</summary>
    public static readonly Counter<long> LegsEnded =
        Meter.CreateCounter<long>("ibkr.legs.ended", "{leg}", "Gateway legs that ended, by reason");

    /// <summary>Reconnect attempts after a leg ended. Tag: <see cref="Tags.Session"/>.</summary>
    public static readonly Counter<long> Reconnects =
        Meter.CreateCounter<long>("ibkr.reconnects", "{attempt}", "Reconnect attempts after a leg ended");

    /// <summary>Messages decoded from the Gateway. Tags: <see cref="Tags.Session"/>, <see cref="Tags.Message"/>.</summary>
    public static readonly Counter<long> MessagesIn =
        Meter.CreateCounter<long>("ibkr.messages.in", "{message}", "Messages received from the Gateway");

    /// <summary>Messages written to the Gateway. Tags: <see cref="Tags.Session"/>, <see cref="Tags.Message"/>.</summary>
    public static readonly Counter<long> MessagesOut =
        Meter.CreateCounter<long>("ibkr.messages.out", "{message}", "Messages sent to the Gateway");

    /// <summary>Inbound frames that failed to decode. Tags: <see cref="Tags.Session"/>, <see cref="Tags.Message"/>.</summary>
    public static readonly Counter<long> DecodeErrors =
        Meter.CreateCounter<long>("ibkr.decode.errors", "{frame}", "Inbound frames that failed to decode");

    /// <summary>Time the writer waited for the pacing window, per delayed message. Tag: <see cref="Tags.Session"/>.</summary>
    public static readonly Histogram<double> PacingWait =
        Meter.CreateHistogram(
            "ibkr.pacing.wait",
            "s",
            "Time outbound messages waited for the pacing window",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5] });

    /// <summary>Order status changes. Tags: <see cref="Tags.Session"/>, <see cref="Tags.From"/>, <see cref="Tags.To"/>.</summary>
    public static readonly Counter<long> OrderTransitions =
        Meter.CreateCounter<long>("ibkr.order.transitions", "{transition}", "Order status transitions");

    /// <summary>Executions applied to orders (deduplicated by exec id). Tag: <see cref="Tags.Session"/>.</summary>
    public static readonly Counter<long> Fills =
        Meter.CreateCounter<long>("ibkr.fills", "{execution}", "Executions applied to orders");

    /// <summary>Subscribers one subscription event was delivered to. Tag: <see cref="Tags.Kind"/>.</summary>
    public static readonly Histogram<long> SubscriptionFanOut =
        Meter.CreateHistogram(
            "ibkr.subscription.fanout",
            "{subscriber}",
            "Subscribers each subscription event reached",
            tags: null,
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] });

    /// <summary>Tag names used on the instruments above, so every recorder spells them the same way.</summary>
    public static class Tags
    {
        /// <summary>The gateway session name (for example <c>paper</c>).</summary>
        public const string Session = "ibkr.session";

        /// <summary>Why a leg ended (remote close, local close, protocol error, timeout).</summary>
        public const string Reason = "ibkr.leg.end_reason";

        /// <summary>The message type name.</summary>
        public const string Message = "ibkr.message";

        /// <summary>The order status before a transition.</summary>
        public const string From = "ibkr.order.from";

        /// <summary>The order status after a transition.</summary>
        public const string To = "ibkr.order.to";

        /// <summary>The subscription kind (quotes, bars, depth, …).</summary>
        public const string Kind = "ibkr.subscription.kind";
    }
}
