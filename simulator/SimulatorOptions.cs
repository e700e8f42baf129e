using System.Net;

namespace Ibkr.Simulator;

/// <summary>How a <see cref="GatewaySimulator"/> listens, what it trades and which faults it injects.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Where to listen; loopback on a free port by default.</summary>
    public IPEndPoint Listen { get; set; } = new(IPAddress.Loopback, 0);

    /// <summary>Seeds every random walk: the same seed and the same requests give the same bytes.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The managed (paper) accounts; orders without an account go to the first.</summary>
    public IReadOnlyList<string> Accounts { get; set; } = ["DU0000001"];

    /// <summary>Cash each account starts with, in USD.</summary>
    public decimal StartingCash { get; set; } = 1_000_000m;

    /// <summary>Virtual time between two steps of the market (quotes, fills, bars).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Drops every client connection this long after its handshake (null: never).</summary>
    public TimeSpan? DropAfter { get; set; }

    /// <summary>Drops a client connection once this many server messages were written to it (null: never).</summary>
    public int? DropAfterMessages { get; set; }

    /// <summary>Every this often, a farm-status gap: error 1100 to every client, no market data, then 1102 (null: never).</summary>
    public TimeSpan? FarmGapEvery { get; set; }

    /// <summary>How long an injected farm-status gap lasts.</summary>
    public TimeSpan FarmGapLength { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Client messages accepted per second per connection before error 100 (the Gateway's 50); 0 turns the check off.</summary>
    public int MaxMessagesPerSecond { get; set; } = 50;

    /// <summary>Called with one line per connection event (connected, refused, disconnected); null: silent.</summary>
    public Action<string>? ConnectionLog { get; set; }

    /// <summary>Time allowed for a client's handshake.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Listen);
        ArgumentNullException.ThrowIfNull(Accounts);
        if (Accounts.Count == 0 || Accounts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("at least one account, none empty", nameof(Accounts));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TickInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxMessagesPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegative(StartingCash);
        if (DropAfterMessages is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DropAfterMessages), DropAfterMessages, "must be positive");
        }

        if (DropAfter is { } drop && drop <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(DropAfter), DropAfter, "must be positive");
        }

        if (FarmGapEvery is { } every && (every <= TimeSpan.Zero || FarmGapLength <= TimeSpan.Zero || FarmGapLength >= every))
        {
            throw new ArgumentOutOfRangeException(nameof(FarmGapEvery), FarmGapEvery, "must be positive and longer than FarmGapLength");
        }
    }
}
