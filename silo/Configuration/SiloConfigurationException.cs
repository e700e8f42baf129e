namespace Ibkr.Silo.Configuration;

/// <summary>
/// The silo's configuration is invalid. <see cref="Problems"/> holds one line per problem, each naming the
/// configuration key, the value found and what was expected.
/// </summary>
public sealed class SiloConfigurationException : Exception
{
    public SiloConfigurationException()
        : this([])
    {
    }

    public SiloConfigurationException(string message)
        : this([message])
    {
    }

    public SiloConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public SiloConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Every problem found, one line each (for example <c>Ibkr:Sessions:paper:Port: '70000' is not a port (1-65535)</c>).</summary>
    public IReadOnlyList<string> Problems { get; }
}
