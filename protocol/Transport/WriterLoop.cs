using System.IO.Pipelines;
using System.Threading.Channels;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The leg's only writer: drains the outbound channel, encodes each message into the pipe and flushes once
/// per batch (Orleans <c>Connection.ProcessOutgoing</c>). Global pacing lives here: before each message the
/// <see cref="MessagePacer"/> is asked, and when the window is full the batch so far is flushed and the loop
/// waits on the <see cref="TimeProvider"/>. A null pacer writes unpaced (the server side of a connection).
/// </summary>
internal sealed class WriterLoop(
    ChannelReader<Message> outbound,
    PipeWriter output,
    MessagePacer? pacer,
    TimeProvider timeProvider,
    GatewayLegOptions options,
    LegCounters counters)
{
    private readonly MessageEncoder _encoder = new();
    private int _unflushed;

    /// <summary>Runs until the channel completes, a write fails or <paramref name="stop"/> fires. Never throws.</summary>
    public async Task<LegEnd> RunAsync(CancellationToken stop)
    {
        try
        {
            while (await outbound.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                while (outbound.TryRead(out var message))
                {
                    while (pacer is not null && !pacer.TryAcquire(out var wait))
                    {
                        if (!await FlushAsync(stop).ConfigureAwait(false))
                        {
                            return new LegEnd(LegEndReason.RemoteClosed);
                        }

                        counters.AddPacingWait(wait);
                        await Task.Delay(wait, timeProvider, stop).ConfigureAwait(false);
                    }

                    FrameWriter.WriteFrame(output, _encoder.Encode(message), options.MaxFrameLength);
                    _unflushed++;
                }

                if (!await FlushAsync(stop).ConfigureAwait(false))
                {
                    return new LegEnd(LegEndReason.RemoteClosed);
                }
            }

            return new LegEnd(LegEndReason.LocalClosed);
        }
        catch (TimeoutException ex)
        {
            return new LegEnd(LegEndReason.Timeout, ex);
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
#pragma warning disable CA1031 // The loop reports every failure as the leg's end instead of faulting.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new LegEnd(LegEndReason.Faulted, ex);
        }
    }

    /// <summary>
    /// Flushes what was written since the last flush; false when the connection is gone. A flush that does not
    /// complete at once (the socket buffer is full) gets <see cref="GatewayLegOptions.WriteTimeout"/>.
    /// </summary>
    private async ValueTask<bool> FlushAsync(CancellationToken stop)
    {
        if (_unflushed == 0)
        {
            return true;
        }

        var flush = output.FlushAsync(stop);
        var result = flush.IsCompletedSuccessfully
            ? flush.Result
            : await WaitWithTimeoutAsync(flush, stop).ConfigureAwait(false);

        counters.AddSent(_unflushed);
        _unflushed = 0;
        if (result.IsCanceled)
        {
            throw new OperationCanceledException(stop);
        }

        return !result.IsCompleted;
    }

    private async Task<FlushResult> WaitWithTimeoutAsync(ValueTask<FlushResult> flush, CancellationToken stop)
    {
        try
        {
            return await flush.AsTask().WaitAsync(options.WriteTimeout, timeProvider, stop).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"a write did not complete within {GoDuration.Format(options.WriteTimeout)}: the Gateway is not reading");
        }
    }
}
