namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Everything a running scenario needs: where to connect, as whom, how long to wait, and where to report.</summary>
internal sealed record ScenarioContext(string Host, int Port, int ClientId, string RunId, DriverJournal Journal)
{
    /// <summary>Bound on every wait for a reply or end marker.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>True when <c>IBKR_CAPTURE_TRADING=1</c>; the paper-account check happens after the bootstrap.</summary>
    public bool TradingEnabled { get; init; }

    public CancellationToken Cancellation { get; init; }
}
