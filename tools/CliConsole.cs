namespace Ibkr.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>The process's standard streams.</summary>
    public static CliConsole Standard => new(Console.In, Console.Out, Console.Error);
}
