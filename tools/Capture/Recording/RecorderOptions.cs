using System.Net;

namespace Ibkr.Cli.Capture.Recording;

/// <summary>How a <see cref="Recorder"/> listens, where it forwards and when it stops (capture-tooling.md §2.1).</summary>
internal sealed record RecorderOptions
{
    public IPEndPoint Listen { get; init; } = new(IPAddress.Loopback, 4101);

    public string UpstreamHost { get; init; } = "127.0.0.1";

    public int UpstreamPort { get; init; } = 4002;

    /// <summary>The root folder; each run gets its own directory below it.</summary>
    public string OutputRoot { get; init; } = "captures";

    public string Scenario { get; init; } = "capture";

    public int ClientId { get; init; }

    public string? Notes { get; init; }

    /// <summary>Stored under <c>labels.run_id</c> in meta.json; links the capture to the driver's files.</summary>
    public string? RunId { get; init; }

    /// <summary>Connections to accept before the recorder stops accepting and waits for them to end.</summary>
    public int MaxLegs { get; init; } = 1;

    /// <summary>Once every leg so far has ended, how long to wait for another before finishing.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Upper bound on the whole recording; open legs are closed (and their disconnects written) at the end.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan UpstreamConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Progress lines (leg opened, leg ended and why).</summary>
    public Action<string>? Log { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
