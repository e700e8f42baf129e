namespace Ibkr.Cli.Tests;

/// <summary>Runs the ibkr command in-process with given standard input.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Error) Run(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, new CliConsole(stdin, stdout, stderr));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
