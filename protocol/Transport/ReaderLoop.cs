using System.IO.Pipelines;
using System.Threading.Channels;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>
/// The leg's only reader: read, cut out every complete frame, decode, deliver in wire order, then
/// <c>AdvanceTo(consumed, examined)</c> (the shape of Orleans <c>Connection.ProcessIncoming</c>). Each message is
/// delivered as soon as it is decoded, so everything decoded before an error reaches the consumer. Decoded
/// messages own their data; the pipe buffer is never touched after <c>AdvanceTo</c>.
/// </summary>
internal static class ReaderLoop
{
    /// <summary>
    /// Delivers <paramref name="held"/> (the bootstrap's messages) first, then reads until the connection
    /// closes, a frame is bad or <paramref name="stop"/> fires. Completes <paramref name="inbound"/> on exit.
    /// Never throws; returns why it stopped.
    /// </summary>
    public static async Task<LegEnd> RunAsync(
        PipeReader input,
        MessageDecoder decoder,
        IReadOnlyList<Message> held,
        ChannelWriter<Message> inbound,
        int maxFrameLength,
        LegCounters counters,
        CancellationToken stop)
    {
        try
        {
            foreach (var message in held)
            {
                await DeliverAsync(inbound, message, stop).ConfigureAwait(false);
            }

            while (true)
            {
                var result = await input.ReadAsync(stop).ConfigureAwait(false);
                var buffer = result.Buffer;
                try
                {
                    if (result.IsCanceled)
                    {
                        return new LegEnd(LegEndReason.LocalClosed);
                    }

                    while (FrameReader.TryReadFrame(ref buffer, out var payload, maxFrameLength))
                    {
                        var message = decoder.Decode(payload);
                        counters.AddReceived();
                        await DeliverAsync(inbound, message, stop).ConfigureAwait(false);
                    }

                    if (result.IsCompleted)
                    {
                        return buffer.IsEmpty
                            ? new LegEnd(LegEndReason.RemoteClosed)
                            : new LegEnd(LegEndReason.RemoteClosed, PipeFrames.ClosedMidFrame(buffer));
                    }
                }
                finally
                {
                    input.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }
        catch (ProtocolException ex)
        {
            return new LegEnd(LegEndReason.ProtocolError, ex);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return new LegEnd(LegEndReason.LocalClosed);
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
        finally
        {
            inbound.TryComplete();
        }
    }

    private static ValueTask DeliverAsync(ChannelWriter<Message> inbound, Message message, CancellationToken stop) =>
        inbound.TryWrite(message) ? ValueTask.CompletedTask : inbound.WriteAsync(message, stop);
}
