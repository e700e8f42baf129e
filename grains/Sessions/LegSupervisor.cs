using System.Threading.Channels;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transport;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// Keeps one gateway session connected, off the grain scheduler: connects, hands every inbound batch to the
/// session grain (through <see cref="ISessionLegSink"/>, which runs each call on the grain's scheduler and is
/// awaited before the next, so the grain sees messages in wire order), and after a leg ends waits with
/// exponential backoff and connects again — until <see cref="StopAsync"/>.
/// </summary>
internal sealed class LegSupervisor : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Func<GatewayLegOptions> _options;
    private readonly ISessionLegSink _sink;
    private readonly TimeProvider _time;
    private readonly TimeSpan _backoffMin;
    private readonly TimeSpan _backoffMax;
    private readonly CancellationTokenSource _stop = new();
    private GatewayLeg? _leg;
    private CancellationTokenSource? _skipBackoff;

    public LegSupervisor(Func<GatewayLegOptions> options, ISessionLegSink sink, TimeProvider time, TimeSpan backoffMin, TimeSpan backoffMax)
    {
        _options = options;
        _sink = sink;
        _time = time;
        _backoffMin = backoffMin <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : backoffMin;
        _backoffMax = backoffMax < _backoffMin ? _backoffMin : backoffMax;
        Completion = Task.Run(RunAsync);
    }

    /// <summary>Resolves when the supervisor has stopped and its last leg is closed.</summary>
    public Task Completion { get; }

    /// <summary>The current leg, if one is Ready.</summary>
    public GatewayLeg? Leg => Volatile.Read(ref _leg);

    /// <summary>Ends the current leg (the supervisor reconnects by its backoff, without waiting the first delay).</summary>
    public async Task DropAsync()
    {
        Volatile.Read(ref _skipBackoff)?.Cancel();
        if (Leg is { } leg)
        {
            await leg.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>Stops reconnecting, closes the leg and waits for the loop to finish. Safe to call twice.</summary>
    public async Task StopAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            await Completion.ConfigureAwait(false);
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (Leg is { } leg)
        {
            await leg.DisposeAsync().ConfigureAwait(false);
        }

        await Completion.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await SuperviseAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped while waiting for the grain (busy deactivating, or gone): the grain no longer needs callbacks.
        }
    }

    private async Task SuperviseAsync(CancellationToken stop)
    {
        var delay = _backoffMin;
        var attempt = 0;
        while (!stop.IsCancellationRequested)
        {
            attempt++;
            GatewayLeg leg;
            try
            {
                await _sink.OnConnectingAsync(attempt).WaitAsync(stop).ConfigureAwait(false);
                leg = await GatewayLeg.ConnectAsync(_options(), _time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var final = e is GatewayConnectException { IsFinal: true };
                await _sink.OnConnectFailedAsync(e.Message, final).WaitAsync(stop).ConfigureAwait(false);
                if (final)
                {
                    break;
                }

                await WaitAsync(delay, stop).ConfigureAwait(false);
                delay = Next(delay);
                continue;
            }

            delay = _backoffMin;
            attempt = 0;
            Volatile.Write(ref _leg, leg);
            LegEnd end;
            try
            {
                await _sink.OnLegReadyAsync(leg).WaitAsync(stop).ConfigureAwait(false);
                await PumpAsync(leg.Inbound, stop).ConfigureAwait(false);
                end = await leg.Completion.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await leg.DisposeAsync().ConfigureAwait(false);
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The grain failed to take a batch (deactivated, or a bug): end the leg rather than lose messages silently.
                await leg.DisposeAsync().ConfigureAwait(false);
                end = new LegEnd(LegEndReason.Faulted, e);
            }
            finally
            {
                Volatile.Write(ref _leg, null);
            }

            await _sink.OnLegEndedAsync(end, willReconnect: !stop.IsCancellationRequested).WaitAsync(stop).ConfigureAwait(false);
            if (!stop.IsCancellationRequested)
            {
                await WaitAsync(delay, stop).ConfigureAwait(false);
                delay = Next(delay);
            }
        }
    }

    private async Task PumpAsync(ChannelReader<Message> inbound, CancellationToken stop)
    {
        var batch = new List<Message>(MaxBatch);
        while (await inbound.WaitToReadAsync(stop).ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && inbound.TryRead(out var message))
            {
                batch.Add(message);
            }

            await _sink.OnBatchAsync(batch.ToArray()).WaitAsync(stop).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stop)
    {
        using var skip = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Volatile.Write(ref _skipBackoff, skip);
        try
        {
            await Task.Delay(delay, _time, skip.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped, or asked to reconnect now.
        }
        finally
        {
            Volatile.Write(ref _skipBackoff, null);
        }
    }

    private TimeSpan Next(TimeSpan delay) => TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _backoffMax.Ticks));
}

/// <summary>The session grain's side of a <see cref="LegSupervisor"/>: every call runs as a grain-scheduled task.</summary>
internal interface ISessionLegSink
{
    Task OnConnectingAsync(int attempt);

    Task OnConnectFailedAsync(string reason, bool final);

    Task OnLegReadyAsync(GatewayLeg leg);

    Task OnBatchAsync(IReadOnlyList<Message> batch);

    Task OnLegEndedAsync(LegEnd end, bool willReconnect);
}
