namespace Ibkr.Protocol.Json;

/// <summary>A transcript JSON value that does not fit the field it is meant for.</summary>
public sealed class JsonMappingException : Exception
{
    public JsonMappingException(string key, string reason)
        : base($"key \"{key}\": {reason}")
    {
        Key = key;
        Reason = reason;
    }

    public JsonMappingException()
        : this(string.Empty, "invalid value")
    {
    }

    public JsonMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
        Reason = message;
    }

    /// <summary>The dotted key.</summary>
    public string Key { get; }

    /// <summary>What is wrong with its value.</summary>
    public string Reason { get; }
}
