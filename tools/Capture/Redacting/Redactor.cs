using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Capture.Redacting;

/// <summary>What a redaction run found: every replacement, the new file contents, and inputs it could not read.</summary>
internal sealed record RedactionResult(IReadOnlyList<Replacement> Replacements, IReadOnlyDictionary<string, string> Rewritten, IReadOnlyList<string> Problems);

/// <summary>
/// <c>ibkr redact</c>: transcripts (<c>*.txt</c>, also below folders) and capture directories (with events.jsonl).
/// Two passes over the same inputs make the placeholders stable across files and clear of sanitized ids already present.
/// </summary>
internal static class Redactor
{
    public static RedactionResult Run(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var map = new PlaceholderMap();
        var text = new TextRedactor(map);
        var payloads = new PayloadRedactor(text);
        var problems = new List<string>();
        var inputs = Inputs(paths, problems);
        Pass(inputs, text, payloads, problems);
        map.Seal();
        var rewritten = Pass(inputs, text, payloads, []);
        // Only files with a replacement are rewritten (a capture's frames.jsonl goes with its events.jsonl).
        var touched = map.Replacements.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        var changed = rewritten
            .Where(f => touched.Contains(f.Key) || (Path.GetFileName(f.Key) == CaptureFiles.Frames && touched.Contains(Path.Combine(Path.GetDirectoryName(f.Key)!, CaptureFiles.Events))))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new RedactionResult(map.Replacements, changed, problems);
    }

    private static List<string> Inputs(IReadOnlyList<string> paths, List<string> problems)
    {
        var inputs = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                inputs.Add(path);
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(File.Exists(Path.Combine(path, CaptureFiles.Events))
                    ? [path]
                    : Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Concat(Directory.GetFiles(path, CaptureFiles.Events, SearchOption.AllDirectories).Select(Path.GetDirectoryName).OfType<string>()).Order(StringComparer.Ordinal));
            }
            else
            {
                problems.Add($"{path}: no such file or directory");
            }
        }

        return inputs;
    }

    private static Dictionary<string, string> Pass(List<string> inputs, TextRedactor text, PayloadRedactor payloads, List<string> problems)
    {
        var output = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var (files, problem) = CaptureRedactor.Redact(input, text, payloads);
                if (problem is not null)
                {
                    problems.Add($"{input}: {problem}");
                }

                foreach (var (name, content) in files)
                {
                    output[Path.Combine(input, name)] = content;
                }

                continue;
            }

            var parsed = TranscriptParser.Parse(input, File.ReadAllText(input));
            if (!parsed.Ok)
            {
                problems.Add($"{parsed.Problems[0]}");
                continue;
            }

            text.Map.CurrentFile = input;
            output[input] = TranscriptRedactor.Redact(parsed.Transcript, text, payloads);
        }

        return output;
    }
}
