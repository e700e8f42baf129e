namespace Ibkr.Contracts.Subscriptions;

/// <summary>
/// What a subscription streams. Two subscribers asking for equal specs on one session share one subscription
/// grain and one Gateway request. <see cref="Key"/> is the canonical text of the spec that names that grain.
/// </summary>
[GenerateSerializer, Immutable, Alias("ibkr.SubscriptionSpec")]
public abstract record SubscriptionSpec
{
    /// <summary>What to do when the connection drops: request again on the next connection, or close (retryable).</summary>
    [Id(0)] public ResumePolicy Resume { get; init; } = ResumePolicy.Resubscribe;

    /// <summary>The canonical text of this spec; equal specs have equal keys.</summary>
    public string Key => $"{KindName}|{Resume}|{Canonical()}";

    /// <summary>The kind's stable name, the first part of <see cref="Key"/>.</summary>
    public abstract string KindName { get; }

    /// <summary>The parameters in a stable text form.</summary>
    protected abstract string Canonical();

    /// <summary>Joins parts with a separator that does not occur in IB identifiers.</summary>
    protected static string Join(params object?[] parts) =>
        string.Join('\u001f', parts.Select(p => p switch
        {
            null => string.Empty,
            decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
            bool b => b ? "1" : "0",
            IEnumerable<string> list => string.Join(',', list),
            _ => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        }));

    /// <summary>The canonical text of a contract.</summary>
    protected static string Of(Instruments.Contract c) =>
        Join(c.ConId, c.Symbol, c.SecType, c.LastTradeDateOrContractMonth, c.Strike, c.Right, c.Multiplier, c.Exchange, c.PrimaryExchange, c.Currency, c.LocalSymbol, c.TradingClass);
}

/// <summary>What a subscription does when its connection drops.</summary>
public enum ResumePolicy
{
    /// <summary>Gap, then request again on the next connection and report Resumed.</summary>
    Resubscribe,

    /// <summary>Gap, then close as retryable: the subscriber decides.</summary>
    CloseRetryable,
}
