using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost;

/// <summary>
/// Plays the client side of a transcript against a gateway address: performs each handshake (a new connection
/// after every <c>disconnect</c>; like any API client it connects only to perform a handshake), sends the client
/// steps encoded with the production codec (unbound <c>$name</c>s get concrete values: integers 1, 2, 3… in order
/// of first use, otherwise the name without <c>$</c>), and checks that every server step it receives decodes to what the script says (the replay host's
/// matching rules: partial objects, exact arrays, text-compared strings). Stops at the first difference.
/// </summary>
public static class ScriptedClient
{
    /// <summary>Plays <paramref name="transcript"/>'s client side against <paramref name="host"/>:<paramref name="port"/>. Never throws for a failed run.</summary>
    public static async Task<ScriptedClientResult> RunAsync(Transcript transcript, string host, int port, ScriptedClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(host);
        await using var runner = new ScriptedClientRunner(transcript, host, port, options ?? new ScriptedClientOptions());
        return await runner.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
