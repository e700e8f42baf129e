using System.Net;
using System.Net.Sockets;

namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr demo</c>: the whole tour against the simulator, and a clear failure without a gateway.</summary>
public sealed class DemoTests
{
    [Fact]
    public void The_demo_runs_every_step_against_the_simulator_and_exits_0()
    {
        var (exit, output, error) = Cli.Run(string.Empty, "demo", "--seed", "7");

        var lines = Cli.Lines(output);
        Assert.True(exit == 0, output + error);
        Assert.Equal(
            ["connect", "qualify AAPL", "stream quotes", "buy to a fill", "positions", "account values", "resting order", "forced reconnect", "cancel"],
            lines.Where(l => l.StartsWith('[')).Select(l => l[(l.IndexOf(']', StringComparison.Ordinal) + 2)..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains(lines, l => l.StartsWith("[4/9] buy to a fill: order 1 Filled 100 @ ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[5/9] positions: DU0000001 holds 100 AAPL", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[8/9] forced reconnect: session Ready again on connection 2", StringComparison.Ordinal));
        Assert.Equal("[9/9] cancel: order 2 Cancelled", lines[^2]);
        Assert.StartsWith("demo passed: 9 steps in ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_reachable_gateway_the_first_step_fails_within_its_bound_and_exits_1()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var (exit, output, _) = Cli.Run(string.Empty, "demo", "--gateway", $"127.0.0.1:{port}", "--step-timeout", "3s");

        var lines = Cli.Lines(output);
        Assert.Equal(1, exit);
        Assert.StartsWith("[1/9] connect: FAILED: ", lines[^2], StringComparison.Ordinal);
        Assert.Contains("refused", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("demo failed after ", lines[^1], StringComparison.Ordinal);
    }
}
