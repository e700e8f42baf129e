using System.Text.Json.Nodes;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Everything a running scenario needs: where to connect, as whom, how long to wait, and where to report.</summary>
internal sealed record ScenarioContext(string Host, int Port, int ClientId, string RunId, DriverJournal Journal)
{
    /// <summary>Bound on every wait for a reply or end marker.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>True when <c>IBKR_CAPTURE_TRADING=1</c>; the paper-account check happens after the bootstrap.</summary>
    public bool TradingEnabled { get; init; }

    public CancellationToken Cancellation { get; init; }

    /// <summary>The run's <paramref name="sequence"/>th order ref: it names the run, so its orders can be told from anyone else's.</summary>
    public string OrderRef(int sequence) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ibkr-capture-{RunId}-{sequence:000}");

    /// <summary>
    /// The <c>session_ready</c> checkpoint, the same for wire and facade scenarios: account, client id, server,
    /// server version, next order id (and <paramref name="extra"/> keys after them).
    /// </summary>
    public void ReportSessionReady(IReadOnlyList<string> accounts, int serverVersion, long nextOrderId, JsonObject? extra = null)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var ready = new JsonObject
        {
            ["account"] = accounts.Count > 0 ? accounts[0] : string.Empty,
            ["client_id"] = ClientId,
            ["server"] = $"{Host}:{Port}",
            ["server_version"] = serverVersion,
            ["next_order_id"] = nextOrderId,
        };
        foreach (var (key, value) in extra ?? [])
        {
            ready[key] = value?.DeepClone();
        }

        Journal.Event("session_ready", ready);
    }
}
