using System.CommandLine;
using Ibkr.TestHost;

namespace Ibkr.Cli.Commands;

/// <summary>
/// <c>ibkr selfplay PATH... [--timeout DURATION]</c>: each transcript against itself (replay host + scripted
/// client). <c>PASS NAME</c> or <c>FAIL NAME: reason (FILE:LINE)</c> per file, then <c>N passed, N failed</c>.
/// </summary>
internal static class SelfPlayCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path") { Description = "Transcript files or folders (every *.txt below a folder).", Arity = ArgumentArity.OneOrMore };
        var timeout = new Option<string>("--timeout") { Description = "Limit for every wait of either side (Go duration, default 5s).", DefaultValueFactory = _ => "5s" };
        var command = new Command("selfplay", "Play each transcript against itself; prints PASS/FAIL per file and 'N passed, N failed'.")
        {
            paths,
            timeout,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? [], parse.GetValue(timeout) ?? "5s"));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, string timeoutText)
    {
        if (!Endpoints.TryParseTimeout(console, timeoutText, out var timeout) || !TranscriptFiles.TryExpand(console, paths, out var files))
        {
            return ExitCodes.Usage;
        }

        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var (transcript, problem) = Endpoints.Load(file);
            if (problem is not null)
            {
                console.Out.WriteLine($"FAIL {name}: lint: {problem.Reason} ({problem.File}:{problem.Line})");
                failed++;
                continue;
            }

            var result = SelfPlay.RunAsync(transcript, timeout).GetAwaiter().GetResult();
            if (result.Passed)
            {
                console.Out.WriteLine($"PASS {name}");
                passed++;
            }
            else
            {
                var failure = result.Failure!;
                console.Out.WriteLine($"FAIL {name}: {failure.Reason} ({failure.File}:{failure.Line})");
                failed++;
            }
        }

        console.Out.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
