using Ibkr.Contracts.Errors;

namespace Ibkr.Client;

/// <summary>A request the service could not complete; <see cref="Retryable"/> says whether asking again may work.</summary>
public class IbkrException : Exception
{
    public IbkrException()
    {
    }

    public IbkrException(string message)
        : base(message)
    {
    }

    public IbkrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IbkrException(string message, bool retryable)
        : base(message) => Retryable = retryable;

    /// <summary>True when the failure was an interruption (a dropped connection) rather than a refusal.</summary>
    public bool Retryable { get; }
}

/// <summary>The Gateway refused a request: <see cref="Error"/> has its code and message.</summary>
public sealed class IbkrApiException : IbkrException
{
    public IbkrApiException()
    {
    }

    public IbkrApiException(string message)
        : base(message)
    {
    }

    public IbkrApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IbkrApiException(IbkrError error)
        : base($"the Gateway refused the request: {error?.Code}: {error?.Message}") => Error = error ?? new IbkrError();

    /// <summary>The Gateway's error.</summary>
    public IbkrError Error { get; } = new();

    /// <summary>The Gateway's error code.</summary>
    public int Code => Error.Code;
}
