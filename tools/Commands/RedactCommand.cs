using System.CommandLine;
using Ibkr.Cli.Capture.Redacting;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr redact PATH... [--in-place]</c>: stable placeholders for account, perm, exec ids and order refs.</summary>
internal static class RedactCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path") { Description = "Transcripts, folders of transcripts, capture directories.", Arity = ArgumentArity.OneOrMore };
        var inPlace = new Option<bool>("--in-place") { Description = "Rewrite the files; without it, only report what would be replaced." };
        var command = new Command("redact", $"Replace identifiers ({Identifiers.Label}) with stable placeholders in transcripts and captures; prints each replacement.")
        {
            paths,
            inPlace,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(inPlace)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, bool inPlace)
    {
        var result = Redactor.Run(paths);
        foreach (var r in result.Replacements.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.Placeholder, StringComparer.Ordinal))
        {
            console.Out.WriteLine($"{r.File}: {Identifiers.Name(r.Kind)} {r.Original} -> {r.Placeholder} ({r.Count}x)");
        }

        foreach (var problem in result.Problems)
        {
            console.Out.WriteLine($"error: {problem}");
        }

        if (inPlace)
        {
            foreach (var (file, content) in result.Rewritten)
            {
                File.WriteAllText(file, content);
            }
        }

        console.Out.WriteLine($"{result.Rewritten.Count} files {(inPlace ? "rewritten" : "to rewrite (dry run; --in-place writes)")}, {result.Replacements.Sum(r => r.Count)} replacements, {result.Problems.Count} problems");
        return result.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
