using System.IO.Pipelines;
using System.Threading.Channels;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The leg's only writer: drains the outbound channel, encodes each message into the pipe and flushes once
/// per batch (Orleans <c>Connection.ProcessOutgoing</c>). Global pacing lives here: before each message the
/// <see cref="MessagePacer"/> is asked, and when the window is full the batch so far is flushed and the loop
/// waits on the <see cref="TimeProvider"/>.
/// </summary>
internal sealed class WriterLoop(
    ChannelReader<Message> outbound,
    PipeWriter output,
    MessagePacer pacer,
    TimeProvider timeProvider,
    GatewayLegOptions options,
    LegCounters counters)
{
    private readonly MessageEncoder _encoder = new();
    private int _unflushed;

    /// <summary>Runs until the channel completes, a write fails or <paramref name="stop"/> fires. Never throws.</summary>
    public async Task<LegEnd> RunAsync(CancellationToken stop)
    {
        using var writeTimeout = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        using var flushToken = CancellationTokenSource.CreateLinkedTokenSource(stop, writeTimeout.Token);
        try
        {
            while (await outbound.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                while (outbound.TryRead(out var message))
                {
                    while (!pacer.TryAcquire(out var wait))
                    {
                        if (!await FlushAsync(writeTimeout, flushToken.Token).ConfigureAwait(false))
                        {
                            return new LegEnd(LegEndReason.RemoteClosed);
                        }

                        counters.AddPacingWait(wait);
                        await Task.Delay(wait, timeProvider, stop).ConfigureAwait(false);
                    }

                    FrameWriter.WriteFrame(output, _encoder.Encode(message), options.MaxFrameLength);
                    _unflushed++;
                }

                if (!await FlushAsync(writeTimeout, flushToken.Token).ConfigureAwait(false))
                {
                    return new LegEnd(LegEndReason.RemoteClosed);
                }
            }

            return new LegEnd(LegEndReason.LocalClosed);
        }
        catch (OperationCanceledException) when (writeTimeout.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            return new LegEnd(LegEndReason.Timeout, new TimeoutException($"a write did not complete within {options.WriteTimeout.TotalSeconds:0.###} s"));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return new LegEnd(LegEndReason.LocalClosed);
        }
        catch (ProtocolException ex)
        {
            return new LegEnd(LegEndReason.ProtocolError, ex);
        }
        catch (IOException ex)
        {
            return new LegEnd(LegEndReason.RemoteClosed, ex);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or ArgumentException)
        {
            return new LegEnd(LegEndReason.Faulted, ex);
        }
    }

    /// <summary>Flushes what was written since the last flush; false when the connection is gone.</summary>
    private async ValueTask<bool> FlushAsync(CancellationTokenSource writeTimeout, CancellationToken token)
    {
        if (_unflushed == 0)
        {
            return true;
        }

        writeTimeout.CancelAfter(options.WriteTimeout);
        var result = await output.FlushAsync(token).ConfigureAwait(false);
        if (!writeTimeout.TryReset())
        {
            throw new OperationCanceledException(writeTimeout.Token);
        }

        counters.AddSent(_unflushed);
        _unflushed = 0;
        if (result.IsCanceled)
        {
            throw new OperationCanceledException(token);
        }

        return !result.IsCompleted;
    }
}
