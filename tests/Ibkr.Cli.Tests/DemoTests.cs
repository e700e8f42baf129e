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
    public void A_gateway_that_refuses_connections_fails_the_demo_before_any_step_and_exits_1()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var (exit, output, _) = Cli.Run(string.Empty, "demo", "--gateway", $"127.0.0.1:{port}");

        var lines = Cli.Lines(output);
        Assert.Equal(1, exit);
        Assert.Equal([$"gateway: 127.0.0.1:{port}", $"demo failed: the gateway at 127.0.0.1:{port} does not accept connections (connection refused); start IB Gateway or TWS there with the API enabled, or leave out --gateway to use the simulator"], lines);
    }

    [Fact]
    public void A_gateway_that_accepts_but_never_answers_fails_the_connect_step_within_its_bound_and_exits_1()
    {
        // A listener that accepts (the kernel completes the TCP handshake) but never speaks the API: the probe passes,
        // the session's handshake never completes, and the first step fails at its bound naming the session's state.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;

        var (exit, output, _) = Cli.Run(string.Empty, "demo", "--gateway", $"127.0.0.1:{port}", "--step-timeout", "3s");

        var lines = Cli.Lines(output);
        Assert.Equal(1, exit);
        Assert.StartsWith("[1/9] connect: FAILED: ", lines[^2], StringComparison.Ordinal);
        Assert.Contains("session 'demo'", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("demo failed after ", lines[^1], StringComparison.Ordinal);
    }
}
