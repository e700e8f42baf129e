using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost;

/// <summary>How a self-play run ended: passed, or the first failure (client or host, whichever came first in the file).</summary>
public sealed record SelfPlayResult(bool Passed, ReplayFailure? Failure);

/// <summary>
/// Plays a transcript against itself: a <see cref="ReplayHost"/> on 127.0.0.1:0 serves the server side and a
/// <see cref="ScriptedClient"/> plays the client side. Passes only when the client passed and the host
/// consumed the whole script.
/// </summary>
public static class SelfPlay
{
    /// <summary>Runs one transcript; <paramref name="timeout"/> limits every wait of either side.</summary>
    public static async Task<SelfPlayResult> RunAsync(Transcript transcript, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        await using var host = ReplayHost.Start(transcript, new ReplayHostOptions { StepTimeout = timeout });
        var client = await ScriptedClient.RunAsync(
            transcript,
            host.Address.Address.ToString(),
            host.Address.Port,
            new ScriptedClientOptions { StepTimeout = timeout },
            cancellationToken).ConfigureAwait(false);

        // The host finishes its own last step (or fails) shortly after the client; give it one step timeout
        // plus the script's sleeps, which only the host waits out.
        var sleeps = transcript.Steps.OfType<SleepStep>().Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
        var grace = client.Passed ? timeout + sleeps : TimeSpan.FromMilliseconds(200);
        var finished = await Task.WhenAny(host.Completion, Task.Delay(grace, cancellationToken)).ConfigureAwait(false) == host.Completion;
        var hostResult = finished ? await host.Completion.ConfigureAwait(false) : null;

        if (!client.Passed)
        {
            // When the host failed first (e.g. it could not build a server step and closed), its reason is the cause.
            return hostResult?.Failure is { } hostFailure && hostFailure.Line <= client.Failure!.Line
                ? new SelfPlayResult(false, hostFailure)
                : new SelfPlayResult(false, client.Failure);
        }

        if (hostResult is null)
        {
            return new SelfPlayResult(false, new ReplayFailure(transcript.Path, transcript.Steps.LastOrDefault()?.Line ?? 0, "the host did not finish after the client played the whole script"));
        }

        return hostResult.Consumed
            ? new SelfPlayResult(true, null)
            : new SelfPlayResult(false, hostResult.Failure);
    }
}
