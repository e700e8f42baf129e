namespace Ibkr.Protocol.Transport;

/// <summary>Why opening a leg failed.</summary>
public enum GatewayConnectFailure
{
    /// <summary>The TCP connection could not be made (unreachable, timed out, name not resolved).</summary>
    ConnectFailed,

    /// <summary>Nothing listens on the port: the TCP connection was actively refused.</summary>
    Refused,

    /// <summary>The handshake broke: bad bytes, or the connection closed before START_API was sent.</summary>
    HandshakeFailed,

    /// <summary>The server info did not arrive within the handshake timeout.</summary>
    HandshakeTimeout,

    /// <summary>
    /// The server answered with a version this codec cannot speak (below 200, or above the range asked for).
    /// Final: reconnecting will give the same answer.
    /// </summary>
    UnsupportedServerVersion,

    /// <summary>After START_API the connection closed or sent bytes that do not decode.</summary>
    BootstrapFailed,

    /// <summary>MANAGED_ACCTS and NEXT_VALID_ID did not both arrive within the bootstrap timeout.</summary>
    BootstrapTimeout,
}

/// <summary>A leg could not be opened. <see cref="Reason"/> says at which step and why.</summary>
public sealed class GatewayConnectException : Exception
{
    public GatewayConnectException(GatewayConnectFailure reason, string message, Exception? inner = null)
        : base($"{reason}: {message}", inner) => Reason = reason;

    public GatewayConnectException()
        : this(GatewayConnectFailure.ConnectFailed, "connect failed")
    {
    }

    public GatewayConnectException(string message)
        : this(GatewayConnectFailure.ConnectFailed, message)
    {
    }

    public GatewayConnectException(string message, Exception innerException)
        : this(GatewayConnectFailure.ConnectFailed, message, innerException)
    {
    }

    /// <summary>The step that failed.</summary>
    public GatewayConnectFailure Reason { get; }

    /// <summary>True when retrying cannot help (an unsupported server version); the caller must not reconnect.</summary>
    public bool IsFinal => Reason == GatewayConnectFailure.UnsupportedServerVersion;
}
