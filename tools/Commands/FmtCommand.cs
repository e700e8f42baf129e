using System.CommandLine;
using System.Text;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr fmt PATH... [--check]</c>: rewrites transcripts in canonical form (<see cref="TranscriptWriter"/>).</summary>
internal static class FmtCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path") { Description = "Transcript files or folders (every *.txt below a folder).", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; list files that are not canonical and exit 1 if there are any." };
        var command = new Command("fmt", "Rewrite transcripts in canonical form: one space between tokens, compact JSON in source key order, comments and blank lines kept.")
        {
            paths,
            check,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? [], parse.GetValue(check)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, bool check)
    {
        if (!TranscriptFiles.TryExpand(console, paths, out var files))
        {
            return ExitCodes.Usage;
        }

        var changed = 0;
        var broken = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var result = TranscriptParser.Parse(file, text);
            if (!result.Ok)
            {
                foreach (var problem in result.Problems)
                {
                    console.Out.WriteLine(problem.ToString());
                }

                broken++;
                continue;
            }

            var canonical = TranscriptWriter.Write(result.Transcript);
            if (string.Equals(canonical, text, StringComparison.Ordinal))
            {
                continue;
            }

            changed++;
            console.Out.WriteLine(file);
            if (!check)
            {
                File.WriteAllText(file, canonical, Utf8);
            }
        }

        var summary = $"{files.Count} files, {changed} {(check ? "not canonical" : "reformatted")}";
        console.Out.WriteLine(broken == 0 ? summary : $"{summary}, {broken} with problems");
        return broken > 0 || (check && changed > 0) ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
