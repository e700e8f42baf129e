using System.CommandLine;
using Ibkr.Cli.Capture.Verifying;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr verify DIR...</c>: one line per capture directory, then <c>N passed, N failed</c>.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var dirs = new Argument<string[]>("dir") { Description = "Capture directories.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("verify", "Check capture directories: meta, well-formed events, legs closed, frames with no leftover bytes, the scenario's expected replies.")
        {
            dirs,
        };
        command.SetAction(parse => Run(console, parse.GetValue(dirs)!));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> dirs)
    {
        var passed = 0;
        foreach (var dir in dirs)
        {
            var verdict = CaptureVerifier.Verify(dir);
            console.Out.WriteLine(verdict.ToString());
            passed += verdict.Passed ? 1 : 0;
        }

        console.Out.WriteLine($"{passed} passed, {dirs.Count - passed} failed");
        return passed == dirs.Count ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
