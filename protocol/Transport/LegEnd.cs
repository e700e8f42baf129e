using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Transport;

/// <summary>Why a leg ended.</summary>
public enum LegEndReason
{
    /// <summary>The Gateway closed or reset the connection. <see cref="LegEnd.Error"/> is set when it happened mid-frame or by a reset.</summary>
    RemoteClosed,

    /// <summary>This side closed the leg (<see cref="GatewayLeg.DisposeAsync"/>).</summary>
    LocalClosed,

    /// <summary>Bytes that do not frame or decode (inbound), or a message that cannot be encoded (outbound). The socket was closed.</summary>
    ProtocolError,

    /// <summary>A write did not complete within <see cref="GatewayLegOptions.WriteTimeout"/>: the Gateway stopped reading.</summary>
    Timeout,

    /// <summary>An unexpected failure in a socket loop.</summary>
    Faulted,
}

/// <summary>How a leg ended: the reason, and the exception behind it if there was one.</summary>
public sealed record LegEnd(LegEndReason Reason, Exception? Error = null)
{
    /// <summary>The protocol error that ended the leg, if that is what happened.</summary>
    public ProtocolException? ProtocolError => Error as ProtocolException;

    /// <inheritdoc/>
    public override string ToString() => Error is null ? Reason.ToString() : $"{Reason}: {Error.Message}";
}

/// <summary>A send on a leg that has ended.</summary>
public sealed class GatewayLegClosedException : Exception
{
    public GatewayLegClosedException(LegEnd end)
        : base($"the leg has ended ({end})", end?.Error) => End = end ?? throw new ArgumentNullException(nameof(end));

    public GatewayLegClosedException()
        : this(new LegEnd(LegEndReason.LocalClosed))
    {
    }

    public GatewayLegClosedException(string message)
        : base(message) => End = new LegEnd(LegEndReason.LocalClosed);

    public GatewayLegClosedException(string message, Exception innerException)
        : base(message, innerException) => End = new LegEnd(LegEndReason.Faulted, innerException);

    /// <summary>How the leg ended.</summary>
    public LegEnd End { get; }
}
