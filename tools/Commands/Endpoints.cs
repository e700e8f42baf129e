using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Commands;

/// <summary>Shared parsing for the replay verbs: HOST:PORT, Go durations, loading a transcript.</summary>
internal static class Endpoints
{
    public static bool TryParseHostPort(string text, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
        {
            return false;
        }

        host = text[..colon].Trim('[', ']');
        return true;
    }

    public static bool TryParseTimeout(CliConsole console, string text, out TimeSpan timeout) => TryParseDuration(console, "--timeout", text, out timeout);

    /// <summary>A positive Go duration for <paramref name="option"/>; a usage line when it is not one.</summary>
    public static bool TryParseDuration(CliConsole console, string option, string text, out TimeSpan timeout)
    {
        var nanoseconds = GoDuration.TryParse(text, out var error);
        if (nanoseconds is not > 0)
        {
            console.Error.WriteLine($"error: {option}: {error ?? "must be positive"}");
            timeout = default;
            return false;
        }

        timeout = TimeSpan.FromTicks(nanoseconds.Value / 100);
        return true;
    }

    /// <summary>
    /// Loads the transcript in <paramref name="file"/> when it exists and lints clean. Otherwise prints why
    /// (<c>error: FILE: no such file</c> on standard error, exit code usage; or <c>FAIL</c> and the first problem on
    /// standard output, exit code problems) and returns false.
    /// </summary>
    public static bool TryLoadClean(CliConsole console, string file, [NotNullWhen(true)] out Transcript? transcript, out int exitCode)
    {
        transcript = null;
        exitCode = ExitCodes.Ok;
        if (!File.Exists(file))
        {
            console.Error.WriteLine($"error: {file}: no such file");
            exitCode = ExitCodes.Usage;
            return false;
        }

        var (loaded, problem) = Load(file);
        if (problem is not null)
        {
            console.Out.WriteLine($"FAIL {problem}");
            exitCode = ExitCodes.Problems;
            return false;
        }

        transcript = loaded;
        return true;
    }

    /// <summary>Parses and lints a transcript; the first problem when it is not clean.</summary>
    public static (Transcript Transcript, TranscriptProblem? Problem) Load(string file)
    {
        var parsed = TranscriptLint.Check(file, File.ReadAllText(file));
        return (parsed.Transcript, parsed.Problems.Count > 0 ? parsed.Problems[0] : null);
    }
}
