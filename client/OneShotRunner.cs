using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client;

/// <summary>Runs one-shots on the session grain and turns their outcome into a value or an exception.</summary>
internal sealed class OneShotRunner(IGatewaySessionGrain session)
{
    public async Task<IReadOnlyList<T>> RowsAsync<T>(OneShotRequest request, CancellationToken cancellationToken) =>
        (await RunAsync<RowsResult<T>>(request, cancellationToken)).Rows;

    public async Task<T> ValueAsync<T>(OneShotRequest request, CancellationToken cancellationToken) =>
        (await RunAsync<ValueResult<T>>(request, cancellationToken)).Value;

    private async Task<TResult> RunAsync<TResult>(OneShotRequest request, CancellationToken cancellationToken)
        where TResult : OneShotResult
    {
        var outcome = await session.RequestAsync(request).WaitAsync(cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            { Result: TResult result } => result,
            { Error: { } error } => throw new IbkrApiException(error),
            { Interrupted: true } => throw new IbkrException(outcome.Reason, retryable: true),
            _ => throw new IbkrException(outcome.Reason.Length > 0 ? outcome.Reason : $"{request.GetType().Name} returned no result"),
        };
    }
}
