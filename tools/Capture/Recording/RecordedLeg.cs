using System.Net.Sockets;

namespace Ibkr.Cli.Capture.Recording;

/// <summary>
/// One proxied client connection. Two pumps copy bytes each way; every read is logged before it is forwarded,
/// so a reply can never appear in events.jsonl ahead of the request that caused it. The first pump to end
/// (EOF, reset, or the recorder stopping) ends the leg: both sockets close, then the disconnect is written.
/// </summary>
internal static class RecordedLeg
{
    private const int BufferSize = 8192;
    private static readonly TimeSpan PumpStopTimeout = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(int leg, Socket client, Socket upstream, EventLog log, Action<string> say, CancellationToken stop)
    {
        log.Connect(leg);
        using var end = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var toServer = PumpAsync(leg, client, upstream, CaptureEvent.Client, log, end.Token);
        var toClient = PumpAsync(leg, upstream, client, CaptureEvent.Server, log, end.Token);
        var first = await Task.WhenAny(toServer, toClient).ConfigureAwait(false);
        await end.CancelAsync().ConfigureAwait(false);

        // The disconnect is written before the sockets close, so a client that sees the close and reconnects
        // finds this leg already ended in events.jsonl. Cancelled socket reads end promptly; closing is the fallback.
        var both = Task.WhenAll(toServer, toClient);
        await ((Task)both).WaitAsync(PumpStopTimeout, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!both.IsCompleted)
        {
            Close(client);
            Close(upstream);
        }

        var reasons = await both.ConfigureAwait(false);
        log.Disconnect(leg);
        Close(client);
        Close(upstream);
        say($"leg {leg}: closed ({(first == toServer ? reasons[0] : reasons[1])})");
    }

    /// <summary>Copies until the source ends; returns why it ended.</summary>
    private static async Task<string> PumpAsync(int leg, Socket from, Socket to, string direction, EventLog log, CancellationToken stop)
    {
        var buffer = new byte[BufferSize];
        var side = direction == CaptureEvent.Client ? "client" : "upstream";
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, stop).ConfigureAwait(false);
                if (read == 0)
                {
                    return $"{side} closed";
                }

                log.Chunk(leg, direction, buffer.AsSpan(0, read));
                var sent = 0;
                while (sent < read)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            return "stopped";
        }
        catch (SocketException e)
        {
            return $"{side} {e.SocketErrorCode}";
        }
        catch (ObjectDisposedException)
        {
            return "stopped";
        }
    }

    private static void Close(Socket socket)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer: closing is all that is left.
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        socket.Dispose();
    }
}
