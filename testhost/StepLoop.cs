using System.Net.Sockets;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>
/// Plays a transcript's steps in order, for either side (the replay host's or the scripted client's): a step may
/// consume the ones after it, every played step is reported, and the first failure ends the run with its line and
/// a reason. The connection is closed either way.
/// </summary>
internal static class StepLoop
{
    public static async Task<(int Played, ReplayFailure? Failure)> RunAsync(
        Transcript transcript,
        IReadOnlyList<TranscriptStep> steps,
        Func<int, CancellationToken, Task<int>> runStep,
        Action<TranscriptStep>? stepPlayed,
        ConnectionSlot connection,
        string whenStopped,
        CancellationToken stop)
    {
        var played = 0;
        var line = 0;
        try
        {
            var index = 0;
            while (index < steps.Count)
            {
                line = steps[index].Line;
                var consumed = await runStep(index, stop).ConfigureAwait(false);
                for (var i = 0; i < consumed; i++)
                {
                    stepPlayed?.Invoke(steps[index + i]);
                }

                index += consumed;
                played += consumed;
            }

            await connection.CloseAsync().ConfigureAwait(false);
            return (played, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var reason = stop.IsCancellationRequested ? whenStopped : Reason(e);
            await connection.DisposeAsync().ConfigureAwait(false);
            return (played, new ReplayFailure(transcript.Path, line, reason));
        }
    }

    private static string Reason(Exception e) => e switch
    {
        StepFailedException or TimeoutException => e.Message,
        GatewayConnectException => $"handshake: {e.Message}",
        ProtocolException => $"protocol error: {e.Message}",
        JsonMappingException => $"cannot build the message: {e.Message}",
        IOException or SocketException => $"connection error: {e.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
