using System.CommandLine;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Commands;

/// <summary>
/// <c>ibkr lint PATH...</c>: the strict check of every transcript line (<see cref="TranscriptLint"/>): step
/// kind, message name for the direction, every key, value types, bindings, durations, split sizes, base64.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path") { Description = "Transcript files or folders (every *.txt below a folder).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lint", "Check transcripts strictly; prints FILE:LINE:COLUMN: problem for each problem, then 'N files, N problems'.")
        {
            paths,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? []));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths)
    {
        if (!TranscriptFiles.TryExpand(console, paths, out var files))
        {
            return ExitCodes.Usage;
        }

        var problems = 0;
        foreach (var file in files)
        {
            foreach (var problem in TranscriptLint.Check(file, File.ReadAllText(file)).Problems)
            {
                console.Out.WriteLine(problem.ToString());
                problems++;
            }
        }

        console.Out.WriteLine($"{files.Count} files, {problems} problems");
        return problems == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
