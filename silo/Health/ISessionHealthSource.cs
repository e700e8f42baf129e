namespace Ibkr.Silo.Health;

/// <summary>
/// Reports the state of gateway sessions for <c>/healthz</c>. The silo asks every registered source; the grains
/// side registers one that asks the session grains. A session is healthy when its state is
/// <see cref="SessionStates.Ready"/>; any other state (connecting, backing off, disconnected, …) makes the silo
/// report 503 so an orchestrator or load balancer can see it.
/// </summary>
public interface ISessionHealthSource
{
    /// <summary>Session name → state name, for every session this source knows.</summary>
    Task<IReadOnlyDictionary<string, string>> GetSessionStatesAsync(CancellationToken cancellationToken);
}

/// <summary>The session state names <c>/healthz</c> understands.</summary>
public static class SessionStates
{
    /// <summary>The session's leg completed the handshake and bootstrap and is serving requests.</summary>
    public const string Ready = "Ready";
}
