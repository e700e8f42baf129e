using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// How a connection with one reader loop and one writer loop ends, for both sides (<see cref="GatewayLeg"/> and
/// <see cref="ServerLeg"/>): the first end reason wins, both loops are told to stop, the socket is closed after
/// both have finished.
/// </summary>
internal sealed class LegLifetime(Socket socket, NetworkStream stream, PipeReader input, PipeWriter output, ChannelWriter<Message> outbound) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private LegEnd? _end;

    /// <summary>Cancelled when the connection is stopping; the loops run on it.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The first end reason, once there is one.</summary>
    public LegEnd? End => Volatile.Read(ref _end);

    /// <summary>Records the first end reason and tells both loops to stop.</summary>
    public void Stop(LegEnd end)
    {
        if (Interlocked.CompareExchange(ref _end, end, null) is not null)
        {
            return;
        }

        outbound.TryComplete();
        _stop.Cancel();
        input.CancelPendingRead();
        output.CancelPendingFlush();
    }

    /// <summary>Waits for the first loop to end, stops the other, closes the socket; returns the end reason.</summary>
    public async Task<LegEnd> RunAsync(Task<LegEnd> reader, Task<LegEnd> writer)
    {
        var first = await Task.WhenAny(reader, writer).ConfigureAwait(false);
        Stop(await first.ConfigureAwait(false));
        await Task.WhenAll(reader, writer).ConfigureAwait(false);
        await GatewayLeg.CloseAsync(socket, stream, input, output).ConfigureAwait(false);
        return _end!;
    }

    public void Dispose() => _stop.Dispose();
}
