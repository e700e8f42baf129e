using System.CommandLine;
using Ibkr.Protocol.Transcripts;
using Ibkr.TestHost;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr play FILE --connect HOST:PORT [--timeout DURATION]</c>: only the client side of a transcript.</summary>
internal static class PlayCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The transcript to play." };
        var connect = new Option<string>("--connect") { Description = "The gateway address, HOST:PORT.", Required = true };
        var timeout = new Option<string>("--timeout") { Description = "Limit for every wait on the gateway (Go duration, default 5s).", DefaultValueFactory = _ => "5s" };
        var command = new Command("play", "Play the client side of a transcript against a gateway; prints one line per step and PASS/FAIL.")
        {
            file,
            connect,
            timeout,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(connect)!, parse.GetValue(timeout) ?? "5s"));
        return command;
    }

    public static int Run(CliConsole console, string file, string connect, string timeoutText)
    {
        if (!Endpoints.TryParseHostPort(connect, out var host, out var port))
        {
            console.Error.WriteLine($"error: --connect: expected HOST:PORT, got \"{connect}\"");
            return ExitCodes.Usage;
        }

        if (!Endpoints.TryParseTimeout(console, timeoutText, out var timeout))
        {
            return ExitCodes.Usage;
        }

        if (!Endpoints.TryLoadClean(console, file, out var transcript, out var exit))
        {
            return exit;
        }

        var options = new ScriptedClientOptions
        {
            StepTimeout = timeout,
            StepPlayed = step => console.Out.WriteLine($"ok {step.Line}: {Describe(step)}"),
        };
        var result = ScriptedClient.RunAsync(transcript, host, port, options).GetAwaiter().GetResult();
        console.Out.WriteLine(result.Passed ? "PASS" : $"FAIL {result.Failure}");
        return result.Passed ? ExitCodes.Ok : ExitCodes.Problems;
    }

    internal static string Describe(TranscriptStep step) => step switch
    {
        MessageStep m => $"{TranscriptLine.Keyword(m.Direction)} {m.Name}",
        SplitStep s => $"split {TranscriptLine.Keyword(s.Direction)} {s.Name}",
        RawStep r => $"raw {TranscriptLine.Keyword(r.Direction)}",
        HandshakeStep => "handshake",
        SleepStep s => $"sleep {s.Text}",
        DisconnectStep => "disconnect",
        _ => step.GetType().Name,
    };
}
