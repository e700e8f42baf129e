using System.CommandLine;
using System.Globalization;
using Ibkr.Cli.Demo;
using Ibkr.Cli.Hosting;
using Ibkr.Simulator;

namespace Ibkr.Cli.Commands;

/// <summary>
/// <c>ibkr demo [--gateway HOST:PORT] [--seed N] [--step-timeout D]</c>: the one-command tour of the service — an
/// in-process silo (embedded profile) and, unless a gateway is given, the simulator; then every step through the
/// public client facade. Exit 0 only when every step did what it should.
/// </summary>
internal static class DemoCommand
{
    private const string DemoSession = "demo";

    public static Command Create(CliConsole console)
    {
        var gateway = new Option<string?>("--gateway") { Description = "Use this gateway (HOST:PORT, e.g. a paper IB Gateway at 127.0.0.1:4002) instead of starting the simulator." };
        var seed = new Option<int>("--seed") { Description = "The simulator's seed (default 7).", DefaultValueFactory = _ => 7 };
        var stepTimeout = new Option<string>("--step-timeout") { Description = "The longest any step may take (Go duration, default 30s).", DefaultValueFactory = _ => "30s" };
        var command = new Command("demo", "The one-command tour: silo + simulator, then qualify, quotes, a fill, positions, account values, a forced reconnect and a cancel through the client facade.")
        {
            gateway,
            seed,
            stepTimeout,
        };
        command.SetAction(parse =>
        {
            string? host = null;
            var port = 0;
            if (parse.GetValue(gateway) is { } address && !Endpoints.TryParseHostPort(address, out host, out port))
            {
                console.Error.WriteLine($"error: --gateway: '{address}' is not HOST:PORT");
                return ExitCodes.Usage;
            }

            if (!Endpoints.TryParseTimeout(console, parse.GetValue(stepTimeout) ?? "30s", out var bound))
            {
                return ExitCodes.Usage;
            }

            return RunAsync(console, host, port, parse.GetValue(seed), bound).GetAwaiter().GetResult();
        });
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string? gatewayHost, int gatewayPort, int seed, TimeSpan stepTimeout)
    {
        var log = new DemoLog(console.Out, DemoScript.StepCount);
        GatewaySimulator? simulator = null;
        try
        {
            if (gatewayHost is null)
            {
                simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = seed }).ConfigureAwait(false);
                gatewayHost = simulator.Endpoint.Address.ToString();
                gatewayPort = simulator.Endpoint.Port;
                log.Line($"simulator: paper gateway on {simulator.Endpoint} (seed {seed}, account {string.Join(",", simulator.Accounts)})");
            }
            else
            {
                log.Line($"gateway: {gatewayHost}:{gatewayPort}");
                if (await GatewayProbe.WhyUnreachableAsync(gatewayHost, gatewayPort, stepTimeout).ConfigureAwait(false) is { } why)
                {
                    log.Line($"demo failed: the gateway at {gatewayHost}:{gatewayPort} does not accept connections ({why}); start IB Gateway or TWS there with the API enabled, or leave out --gateway to use the simulator");
                    return ExitCodes.Problems;
                }
            }

            await using var silo = await EmbeddedSilo.StartAsync(new EmbeddedSiloOptions(DemoSession, 1, gatewayHost, gatewayPort, Trading: true), CancellationToken.None).ConfigureAwait(false);
            log.Line($"silo: embedded profile, grain state in {silo.DataDirectory}, session '{DemoSession}' → {gatewayHost}:{gatewayPort}");

            // With the simulator the Gateway drops the connection; with a real one the session drops its own.
            var sim = simulator;
            Func<Task> reconnect = sim is null ? silo.Client.DropConnectionAsync : () =>
            {
                sim.DropAllConnections();
                return Task.CompletedTask;
            };
            var runId = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var passed = await new DemoScript(silo.Client, log, reconnect, runId).RunAsync(stepTimeout, CancellationToken.None).ConfigureAwait(false);
            log.Line(passed
                ? $"demo passed: {DemoScript.StepCount} steps in {log.Elapsed.TotalSeconds:0.0} s"
                : $"demo failed after {log.Elapsed.TotalSeconds:0.0} s");
            return passed ? ExitCodes.Ok : ExitCodes.Problems;
        }
        finally
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
