using Ibkr.Contracts.Requests;
using Ibkr.Grains.Configuration;
using Ibkr.Grains.Flows;
using Ibkr.Grains.Telemetry;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;

namespace Ibkr.Grains.Sessions;

/// <summary>
/// One-shots: each gets a request id (or waits on its singleton route), is sent on the current leg and completes on
/// its end marker. A leg that ends first interrupts it, retryably; it is never sent again on the next leg.
/// </summary>
internal sealed partial class GatewaySessionGrain
{
    // Request ids live far above order ids, so an error's id names one thing: an order or a request.
    private const int FirstRequestId = 1_000_000;

    public async Task<OneShotOutcome> RequestAsync(OneShotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var flow = OneShotCatalog.Create(request);
        if (flow is null)
        {
            return new OneShotOutcome { Reason = $"{request.GetType().Name} is not a one-shot this service knows" };
        }

        EnsureStarted();
        if (_leg is not { } leg)
        {
            return OneShotOutcome.Interruption(NotConnectedReason);
        }

        if (flow.Singleton is { } route)
        {
            // The Gateway answers one request of a singleton kind at a time: a second asker shares the pending answer.
            if (_flowsBySingleton.TryGetValue(route, out var pending) && pending is OneShotFlow shared)
            {
                return await shared.Outcome;
            }

            _flowsBySingleton[route] = flow;
        }
        else
        {
            flow.ReqId = NextRequestId();
            _flowsByReqId[flow.ReqId] = flow;
        }

        if (!await TrySendAsync(leg, flow.Start()))
        {
            flow.OnGap("the connection closed while sending", Context);
        }

        var outcome = flow.Singleton is null ? await flow.Outcome : await SingletonOutcomeAsync(flow);
        if (outcome.Result is not null && ReferenceEquals(_leg, leg))
        {
            await TrySendAsync(leg, flow.Release());
        }

        return outcome;
    }

    /// <summary>
    /// The outcome of a one-shot answered without a request id. The Gateway refuses such a request with an error
    /// that has no id either (FA configuration on an account that is not an advisor's, say), so the wait is bounded:
    /// after <see cref="GatewaySessionOptions.SingletonRequestTimeout"/> the request fails with the last id-less
    /// error that came meanwhile, or as unanswered (retryable). Callers sharing the request get the same outcome.
    /// </summary>
    private async Task<OneShotOutcome> SingletonOutcomeAsync(OneShotFlow flow)
    {
        var errorsBefore = _idlessErrors;
        var timeout = _options?.SingletonRequestTimeout ?? new GatewaySessionOptions().SingletonRequestTimeout;
        using var answered = new CancellationTokenSource();
        var silence = Task.Delay(timeout, _time, answered.Token);
        if (await Task.WhenAny(flow.Outcome, silence) != flow.Outcome)
        {
            var waited = GoDuration.Format(timeout);
            flow.Finish(_idlessErrors > errorsBefore && _lastIdlessError is { } refusal
                ? OneShotOutcome.Failed(refusal) with { Reason = $"no answer within {waited}; the Gateway meanwhile reported, without a request id, {refusal}" }
                : OneShotOutcome.Interruption($"no answer from the Gateway within {waited}"));
            ForgetFinishedFlows();
        }

        await answered.CancelAsync();
        return await flow.Outcome;
    }

    private void InterruptOneShots(string reason)
    {
        var context = Context;
        foreach (var flow in _flowsByReqId.Values.Concat(_flowsBySingleton.Values).OfType<OneShotFlow>().ToArray())
        {
            flow.OnGap(reason, context);
        }

        ForgetFinishedFlows();
    }

    private int NextRequestId()
    {
        if (State.NextReqId < FirstRequestId)
        {
            State.NextReqId = FirstRequestId;
        }

        while (_flowsByReqId.ContainsKey(State.NextReqId) || State.Subscriptions.Values.Any(s => s.ReqId == State.NextReqId))
        {
            State.NextReqId++;
        }

        return State.NextReqId++;
    }

    /// <summary>Queues messages on the leg's writer; false when the leg ended meanwhile.</summary>
    private async Task<bool> TrySendAsync(GatewayLeg leg, IEnumerable<Message> messages)
    {
        var sent = 0;
        try
        {
            foreach (var message in messages)
            {
                await leg.SendAsync(message);
                sent++;
            }

            return true;
        }
        catch (GatewayLegClosedException)
        {
            return false;
        }
        finally
        {
            GrainMetrics.Sent(Name, sent);
        }
    }
}
