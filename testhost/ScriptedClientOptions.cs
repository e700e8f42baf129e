using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost;

/// <summary>How a <see cref="ScriptedClient"/> waits on the gateway and reports progress.</summary>
public sealed record ScriptedClientOptions
{
    /// <summary>The limit for every wait on the gateway: connecting, the handshake, each server frame, a close.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called after each step that completed (for per-step output); null for none.</summary>
    public Action<TranscriptStep>? StepPlayed { get; init; }
}

/// <summary>How a scripted client run ended.</summary>
/// <param name="Passed">True when every step ran and every server step matched.</param>
/// <param name="StepsPlayed">Steps completed (packed historical bars count one each).</param>
/// <param name="Failure">The first difference; null when the run passed.</param>
public sealed record ScriptedClientResult(bool Passed, int StepsPlayed, ReplayFailure? Failure);
