using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Ibkr.Protocol.Transcripts;
using Ibkr.Simulator;

namespace Ibkr.Cli.Commands;

/// <summary>
/// <c>ibkr sim [--listen HOST:PORT] [--seed N] [--accounts DU…] [--drop-after D] [--tick-rate N]</c>: runs the
/// stateful paper gateway simulator until Ctrl+C or SIGTERM.
/// </summary>
internal static class SimCommand
{
    public static Command Create(CliConsole console)
    {
        var listen = new Option<string>("--listen") { Description = "Where to listen, HOST:PORT (default 127.0.0.1:0).", DefaultValueFactory = _ => "127.0.0.1:0" };
        var seed = new Option<int>("--seed") { Description = "Seed of the market walk: the same seed and requests give the same bytes (default 1).", DefaultValueFactory = _ => 1 };
        var accounts = new Option<string>("--accounts") { Description = "Managed paper accounts, comma-separated (default DU0000001).", DefaultValueFactory = _ => "DU0000001" };
        var dropAfter = new Option<string?>("--drop-after") { Description = "Drop every client connection this long after its handshake (Go duration, e.g. 30s)." };
        var dropAfterMessages = new Option<int?>("--drop-after-messages") { Description = "Drop a client connection after this many server messages." };
        var farmGapEvery = new Option<string?>("--farm-gap-every") { Description = "Every this often, a 5 s farm-status gap: error 1100, no market data, then 1102 (Go duration)." };
        var tickRate = new Option<decimal>("--tick-rate") { Description = "Market steps per second (default 4).", DefaultValueFactory = _ => 4m };
        var command = new Command("sim", "Run the stateful paper gateway simulator; prints 'listening on HOST:PORT' and runs until Ctrl+C or SIGTERM.")
        {
            listen,
            seed,
            accounts,
            dropAfter,
            dropAfterMessages,
            farmGapEvery,
            tickRate,
        };
        command.SetAction(parse =>
        {
            var options = Options(
                console,
                parse.GetValue(listen) ?? "127.0.0.1:0",
                parse.GetValue(seed),
                parse.GetValue(accounts) ?? "DU0000001",
                parse.GetValue(dropAfter),
                parse.GetValue(dropAfterMessages),
                parse.GetValue(farmGapEvery),
                parse.GetValue(tickRate));
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            using var stop = new CancellationTokenSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            return RunAsync(console, options, stop.Token).GetAwaiter().GetResult();

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    /// <summary>Runs the simulator until <paramref name="stop"/> fires; prints the address first.</summary>
    public static async Task<int> RunAsync(CliConsole console, SimulatorOptions options, CancellationToken stop)
    {
        options.ConnectionLog = line =>
        {
            lock (console)
            {
                console.Out.WriteLine(line);
                console.Out.Flush();
            }
        };
        await using var simulator = await GatewaySimulator.StartAsync(options, cancellationToken: stop).ConfigureAwait(false);
        lock (console)
        {
            console.Out.WriteLine($"listening on {simulator.Endpoint}");
            console.Out.Flush();
        }
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: close the connections and exit cleanly.
        }

        var steps = simulator.Steps;
        await simulator.DisposeAsync().ConfigureAwait(false);
        lock (console)
        {
            console.Out.WriteLine($"stopped after {steps} steps");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The simulator options from the flags, or null after printing what is wrong.</summary>
    public static SimulatorOptions? Options(CliConsole console, string listen, int seed, string accounts, string? dropAfter, int? dropAfterMessages, string? farmGapEvery, decimal tickRate)
    {
        if (!IPEndPoint.TryParse(listen, out var endpoint))
        {
            return Fail(console, $"--listen: expected an IP HOST:PORT, got \"{listen}\"");
        }

        var accountList = accounts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (accountList.Length == 0)
        {
            return Fail(console, "--accounts: at least one account");
        }

        if (tickRate <= 0m || tickRate > 1000m)
        {
            return Fail(console, $"--tick-rate: expected 0 < N <= 1000 steps per second, got {tickRate.ToString(CultureInfo.InvariantCulture)}");
        }

        if (dropAfterMessages is <= 0)
        {
            return Fail(console, "--drop-after-messages: must be positive");
        }

        if (!TryDuration(console, "--drop-after", dropAfter, out var drop) || !TryDuration(console, "--farm-gap-every", farmGapEvery, out var gapEvery))
        {
            return null;
        }

        if (gapEvery is { } every && every <= TimeSpan.FromSeconds(5))
        {
            return Fail(console, "--farm-gap-every: must be longer than the 5 s gap");
        }

        return new SimulatorOptions
        {
            Listen = endpoint,
            Seed = seed,
            Accounts = accountList,
            TickInterval = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / tickRate)),
            DropAfter = drop,
            DropAfterMessages = dropAfterMessages,
            FarmGapEvery = gapEvery,
        };
    }

    private static bool TryDuration(CliConsole console, string flag, string? text, out TimeSpan? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        var nanoseconds = GoDuration.TryParse(text, out var error);
        if (nanoseconds is not > 0)
        {
            console.Error.WriteLine($"error: {flag}: {error ?? "must be positive"}");
            return false;
        }

        value = TimeSpan.FromTicks(nanoseconds.Value / 100);
        return true;
    }

    private static SimulatorOptions? Fail(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return null;
    }
}
