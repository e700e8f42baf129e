using System.Net.Sockets;

namespace Ibkr.TestHost;

/// <summary>
/// The one connection a runner holds at a time: opened for a handshake, closed by a disconnect step, closed
/// quietly when the run ends (the peer may have closed it first).
/// </summary>
internal sealed class ConnectionSlot : IAsyncDisposable
{
    public ReplayConnection? Current { get; private set; }

    public ReplayConnection Open(Socket socket) => Current = new ReplayConnection(socket);

    public async Task CloseAsync()
    {
        var connection = Current;
        Current = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }
    }
}
