using Ibkr.Silo.Configuration;
using Microsoft.Extensions.Options;

namespace Ibkr.Silo.Health;

/// <summary>
/// Builds the <see cref="HealthReport"/>: healthy when the local silo is Active in the cluster membership and every
/// session that any <see cref="ISessionHealthSource"/> reports is Ready. A source that fails or does not answer
/// within <see cref="IbkrSiloOptions.HealthTimeout"/> makes the report unhealthy with the reason.
/// </summary>
public sealed class SiloHealthProbe(
    ILocalSiloDetails localSilo,
    IClusterMembershipService membership,
    IEnumerable<ISessionHealthSource> sources,
    IOptions<IbkrSiloOptions> options)
{
    private readonly ISessionHealthSource[] _sources = [.. sources];

    /// <summary>Checks the silo and asks every session source.</summary>
    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        if (status != SiloStatus.Active)
        {
            problems.Add($"silo is {status}, not Active");
        }

        var sessions = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HealthTimeout);
        foreach (var source in _sources)
        {
            try
            {
                foreach (var (name, state) in await source.GetSessionStatesAsync(timeout.Token).WaitAsync(timeout.Token))
                {
                    sessions[name] = state;
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                problems.Add($"{source.GetType().Name} did not answer within {options.Value.HealthTimeout}");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                problems.Add($"{source.GetType().Name} failed: {exception.Message}");
            }
        }

        foreach (var (name, state) in sessions)
        {
            if (!string.Equals(state, SessionStates.Ready, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"session '{name}' is {state}, not {SessionStates.Ready}");
            }
        }

        return new HealthReport(
            problems.Count == 0 ? "healthy" : "unhealthy",
            new SiloHealth(localSilo.SiloAddress.ToParsableString(), status.ToString(), options.Value.Profile.ToString().ToLowerInvariant()),
            sessions,
            problems);
    }
}
