using System.CommandLine;
using Ibkr.Cli.Commands;

namespace Ibkr.Cli;

/// <summary>The <c>ibkr</c> command: builds the verb tree and runs it.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the verb against <paramref name="console"/>.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("ibkr: tools for the Interactive Brokers TWS / IB Gateway protocol and the Ibkr.Orleans service.")
        {
            CaptureCommand.Create(console),
            DecodeCommand.Create(console),
            DemoCommand.Create(console),
            EncodeCommand.Create(console),
            FmtCommand.Create(console),
            LintCommand.Create(console),
            NormalizeCommand.Create(console),
            PlayCommand.Create(console),
            RecordCommand.Create(console),
            RedactCommand.Create(console),
            ReplayCommand.Create(console),
            SelfPlayCommand.Create(console),
            SimCommand.Create(console),
            VerifyCommand.Create(console),
        };

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must still read as one line, never a stack trace; the library tests pin the exception contract.
            console.Error.WriteLine($"error: internal: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Problems;
        }
    }
}
