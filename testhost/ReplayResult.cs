namespace Ibkr.TestHost;

/// <summary>How a replay ended.</summary>
/// <param name="Consumed">True when every step ran and matched.</param>
/// <param name="StepsPlayed">Steps completed (a packed or swallowed historical-bar step counts as played).</param>
/// <param name="Failure">The first failure; null when the transcript was consumed.</param>
public sealed record ReplayResult(bool Consumed, int StepsPlayed, ReplayFailure? Failure);

/// <summary>The first step that failed: its transcript file and line, and why.</summary>
public sealed record ReplayFailure(string File, int Line, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
