using System.CommandLine;
using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Normalizing;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr normalize DIR [--transcript-out FILE]</c>: frames from chunks, and optionally a transcript.</summary>
internal static class NormalizeCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<string>("dir") { Description = "A capture directory (meta.json and events.jsonl)." };
        var transcriptOut = new Option<string?>("--transcript-out") { Description = "Also write a transcript that replays as written." };
        var command = new Command("normalize", "Rebuild frames per leg and direction from a capture's chunks into frames.jsonl; optionally write a transcript.")
        {
            dir,
            transcriptOut,
        };
        command.SetAction(parse => Run(console, parse.GetValue(dir)!, parse.GetValue(transcriptOut)));
        return command;
    }

    public static int Run(CliConsole console, string dir, string? transcriptOut)
    {
        if (!Directory.Exists(dir))
        {
            console.Error.WriteLine($"error: {dir}: no such directory");
            return ExitCodes.Usage;
        }

        var (capture, transcript) = Normalizer.Run(dir, transcriptOut);
        if (capture.Problem is not null)
        {
            console.Out.WriteLine($"error: {Path.Combine(dir, capture.Problem.ToString())}");
            return ExitCodes.Problems;
        }

        var events = capture.Rebuilt!.Events;
        var frames = capture.Rebuilt.Frames.ToList();
        console.Out.WriteLine($"{Path.Combine(dir, CaptureFiles.Frames)}: {events.Count(e => e.Kind == EventKinds.Connect)} legs, {frames.Count(f => f.Direction == CaptureEvent.Client)} client frames, {frames.Count(f => f.Direction == CaptureEvent.Server)} server frames");
        if (transcript is not null)
        {
            var steps = transcript.Steps.ToList();
            console.Out.WriteLine($"{transcriptOut}: {steps.Count} steps ({steps.Count(s => s is Ibkr.Protocol.Transcripts.RawStep)} raw)");
        }

        return ExitCodes.Ok;
    }
}
