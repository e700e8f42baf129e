using System.Net;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost;

/// <summary>How a <see cref="ReplayHost"/> listens and how long it waits for the client.</summary>
public sealed record ReplayHostOptions
{
    /// <summary>Where to listen; 127.0.0.1 on an ephemeral port by default.</summary>
    public IPEndPoint Listen { get; init; } = new(IPAddress.Loopback, 0);

    /// <summary>
    /// The limit for every step that waits on the client: accepting a connection, the handshake reads, a client
    /// frame, raw client bytes.
    /// </summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock for step timeouts and <c>sleep</c> steps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called on the host's worker after each step that completed (for per-step output); null for none.</summary>
    public Action<TranscriptStep>? StepPlayed { get; init; }
}
