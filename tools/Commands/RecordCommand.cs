using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Ibkr.Cli.Capture.Recording;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr record</c>: the recording proxy in front of a Gateway.</summary>
internal static class RecordCommand
{
    public static Command Create(CliConsole console)
    {
        var listen = new Option<string>("--listen") { Description = "Where clients connect, HOST:PORT (port 0 picks one).", DefaultValueFactory = _ => "127.0.0.1:4101" };
        var upstream = new Option<string>("--upstream") { Description = "The Gateway, HOST:PORT (4002 is the paper Gateway).", DefaultValueFactory = _ => "127.0.0.1:4002" };
        var output = new Option<string>("--out") { Description = "Root folder; each run gets its own directory below it.", DefaultValueFactory = _ => "captures" };
        var scenario = new Option<string>("--scenario") { Description = "Scenario label for the directory name and meta.json.", DefaultValueFactory = _ => "capture" };
        var maxLegs = new Option<int>("--max-legs") { Description = "Connections to record before finishing (default 1).", DefaultValueFactory = _ => 1 };
        var idle = new Option<string>("--idle-timeout") { Description = "After every leg so far has ended, how long to wait for another (Go duration, default 3s).", DefaultValueFactory = _ => "3s" };
        var timeout = new Option<string>("--timeout") { Description = "Upper bound on the whole recording (Go duration, default 30m).", DefaultValueFactory = _ => "30m" };
        var clientId = new Option<int>("--client-id") { Description = "Stored in meta.json only." };
        var notes = new Option<string?>("--notes") { Description = "Free text stored in meta.json." };
        var command = new Command("record", "Recording proxy: forwards clients to the Gateway and writes every chunk to a new capture directory. Prints 'listening on HOST:PORT', then the directory.")
        {
            listen, upstream, output, scenario, maxLegs, idle, timeout, clientId, notes,
        };
        command.SetAction(parse => Run(console, new RecordArguments(
            parse.GetValue(listen)!, parse.GetValue(upstream)!, parse.GetValue(output)!, parse.GetValue(scenario)!, parse.GetValue(maxLegs),
            parse.GetValue(idle)!, parse.GetValue(timeout)!, parse.GetValue(clientId), parse.GetValue(notes))));
        return command;
    }

    private sealed record RecordArguments(string Listen, string Upstream, string Out, string Scenario, int MaxLegs, string Idle, string Timeout, int ClientId, string? Notes);

    private static int Run(CliConsole console, RecordArguments a)
    {
        if (!TryEndpoint(console, "--listen", a.Listen, out var listenHost, out var listenPort) || !TryEndpoint(console, "--upstream", a.Upstream, out var upHost, out var upPort)
            || !Endpoints.TryParseDuration(console, "--idle-timeout", a.Idle, out var idle) || !Endpoints.TryParseDuration(console, "--timeout", a.Timeout, out var timeout))
        {
            return ExitCodes.Usage;
        }

        if (!IPAddress.TryParse(listenHost == "localhost" ? "127.0.0.1" : listenHost, out var listenAddress))
        {
            console.Error.WriteLine($"error: --listen: \"{listenHost}\" is not an IP address");
            return ExitCodes.Usage;
        }

        Recorder recorder;
        try
        {
            recorder = Recorder.Start(new RecorderOptions
            {
                Listen = new IPEndPoint(listenAddress, listenPort),
                UpstreamHost = upHost,
                UpstreamPort = upPort,
                OutputRoot = a.Out,
                Scenario = a.Scenario,
                ClientId = a.ClientId,
                Notes = a.Notes,
                MaxLegs = Math.Max(1, a.MaxLegs),
                IdleTimeout = idle,
                Timeout = timeout,
                Log = line => console.Error.WriteLine(line),
            });
        }
        catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: record: {e.Message}");
            return ExitCodes.Problems;
        }

        console.Out.WriteLine($"listening on {recorder.Address}");
        console.Out.WriteLine(recorder.Directory);
        console.Out.Flush();
        console.Error.WriteLine($"recording {recorder.Address} -> {upHost}:{upPort} into {recorder.Directory}");

        // SIGINT/SIGTERM close every open leg with its disconnect event written, instead of killing the process mid-leg.
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        var result = recorder.Completion.GetAwaiter().GetResult();
        recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        console.Error.WriteLine($"recorded {result.Legs} leg(s){(result.Stopped ? " (stopped by signal)" : result.TimedOut ? " (timed out)" : string.Empty)}");
        if (result.Legs == 0)
        {
            console.Error.WriteLine("error: no connection was recorded");
            return ExitCodes.Problems;
        }

        return ExitCodes.Ok;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            _ = recorder.StopAsync();
        }
    }

    private static bool TryEndpoint(CliConsole console, string option, string text, out string host, out int port)
    {
        if (Endpoints.TryParseHostPort(text, out host, out port))
        {
            return true;
        }

        console.Error.WriteLine($"error: {option}: expected HOST:PORT, got \"{text}\"");
        return false;
    }
}
