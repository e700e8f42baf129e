using System.Net.Sockets;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Demo;

/// <summary>
/// One TCP connect to the gateway the demo was pointed at, before any silo starts. The session itself keeps
/// reconnecting to a gateway that is down (a service must outlive a Gateway restart), so without this the demo
/// would only report a closed port when its first step timed out.
/// </summary>
internal static class GatewayProbe
{
    /// <summary>Null when <paramref name="host"/>:<paramref name="port"/> accepts a connection; otherwise why not.</summary>
    public static async Task<string?> WhyUnreachableAsync(string host, int port, TimeSpan timeout)
    {
        using var client = new TcpClient();
        using var bound = new CancellationTokenSource(timeout);
        try
        {
            await client.ConnectAsync(host, port, bound.Token).ConfigureAwait(false);
            return null;
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "unknown host",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable => "unreachable",
                _ => e.Message,
            };
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            return $"no answer within {GoDuration.Format(timeout)}";
        }
    }
}
