using System.CommandLine;
using System.Net;
using Ibkr.TestHost;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr replay FILE [--listen HOST:PORT] [--timeout DURATION]</c>: serves one transcript as a gateway.</summary>
internal static class ReplayCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The transcript to serve." };
        var listen = new Option<string>("--listen") { Description = "Where to listen, HOST:PORT (default 127.0.0.1:0).", DefaultValueFactory = _ => "127.0.0.1:0" };
        var timeout = new Option<string>("--timeout") { Description = "Limit for every wait on the client, the first connection included (Go duration, default 5s).", DefaultValueFactory = _ => "5s" };
        var command = new Command("replay", "Serve one transcript as a gateway; prints 'listening on HOST:PORT', exits 0 when the script was consumed.")
        {
            file,
            listen,
            timeout,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(listen) ?? "127.0.0.1:0", parse.GetValue(timeout) ?? "5s"));
        return command;
    }

    public static int Run(CliConsole console, string file, string listen, string timeoutText)
    {
        if (!IPEndPoint.TryParse(listen, out var endpoint))
        {
            console.Error.WriteLine($"error: --listen: expected an IP HOST:PORT, got \"{listen}\"");
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

        return RunAsync(console, transcript, endpoint, timeout).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(CliConsole console, Protocol.Transcripts.Transcript transcript, IPEndPoint endpoint, TimeSpan timeout)
    {
        await using var host = ReplayHost.Start(transcript, new ReplayHostOptions
        {
            Listen = endpoint,
            StepTimeout = timeout,
            StepPlayed = step =>
            {
                lock (console)
                {
                    console.Out.WriteLine($"ok {step.Line}: {PlayCommand.Describe(step)}");
                    console.Out.Flush();
                }
            },
        });
        lock (console)
        {
            console.Out.WriteLine($"listening on {host.Address}");
            console.Out.Flush();
        }

        var result = await host.Completion.ConfigureAwait(false);
        if (result.Consumed)
        {
            console.Out.WriteLine($"PASS {result.StepsPlayed} steps");
            return ExitCodes.Ok;
        }

        console.Out.WriteLine($"FAIL {result.Failure}");
        return ExitCodes.Problems;
    }
}
