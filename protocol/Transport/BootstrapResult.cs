namespace Ibkr.Protocol.Transport;

/// <summary>What a leg knows once it is ready: the server info and the first MANAGED_ACCTS and NEXT_VALID_ID.</summary>
/// <param name="ServerInfo">The handshake's server info.</param>
/// <param name="ManagedAccounts">The accounts of the first MANAGED_ACCTS.</param>
/// <param name="NextValidOrderId">The order id of the first NEXT_VALID_ID.</param>
public sealed record BootstrapResult(ServerInfo ServerInfo, IReadOnlyList<string> ManagedAccounts, long NextValidOrderId);
