using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transport;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// Runs each <see cref="ISessionLegSink"/> call as a task on the session grain's own scheduler (captured during
/// activation), so socket-loop callbacks touch grain state one at a time, like grain turns.
/// </summary>
internal sealed class GrainSchedulerSink(ISessionLegSink grain, TaskScheduler scheduler) : ISessionLegSink
{
    public Task OnConnectingAsync(int attempt) => Run(() => grain.OnConnectingAsync(attempt));

    public Task OnConnectFailedAsync(string reason, bool final) => Run(() => grain.OnConnectFailedAsync(reason, final));

    public Task OnLegReadyAsync(GatewayLeg leg) => Run(() => grain.OnLegReadyAsync(leg));

    public Task OnBatchAsync(IReadOnlyList<Message> batch) => Run(() => grain.OnBatchAsync(batch));

    public Task OnLegEndedAsync(LegEnd end, bool willReconnect) => Run(() => grain.OnLegEndedAsync(end, willReconnect));

    private Task Run(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.None, scheduler).Unwrap();
}
