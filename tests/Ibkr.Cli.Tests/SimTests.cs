using System.Text;
using Ibkr.Cli.Commands;
using Ibkr.Protocol.Transport;

namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr sim</c>: flag checks, and a run that serves a real client until it is stopped.</summary>
public sealed class SimTests
{
    [Theory]
    [InlineData("--listen", "nowhere", "error: --listen")]
    [InlineData("--tick-rate", "0", "error: --tick-rate")]
    [InlineData("--drop-after", "soon", "error: --drop-after")]
    [InlineData("--accounts", ",", "error: --accounts")]
    public void Bad_flags_are_usage_errors(string flag, string value, string message)
    {
        var (exit, _, error) = Cli.Run(string.Empty, "sim", flag, value);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_prints_the_address_first_serves_clients_and_stops_cleanly()
    {
        var output = new LineSignal("listening on ");
        var console = new CliConsole(TextReader.Null, output, TextWriter.Null);
        var options = SimCommand.Options(console, "127.0.0.1:0", 5, "DU0000009", "1m", null, null, 4m)!;
        using var stop = new CancellationTokenSource();

        var run = SimCommand.RunAsync(console, options, stop.Token);
        var line = await output.Seen.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var port = int.Parse(line[(line.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await using (var leg = await GatewayLeg.ConnectAsync(new GatewayLegOptions { Port = port, ClientId = 3 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.Equal(["DU0000009"], leg.Session.ManagedAccounts);
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.StartsWith("listening on 127.0.0.1:", Cli.Lines(output.ToString())[0], StringComparison.Ordinal);
        Assert.StartsWith("stopped after ", Cli.Lines(output.ToString())[^1], StringComparison.Ordinal);
        Assert.Contains("client 3 connected", Cli.Lines(output.ToString()));
        Assert.Contains(Cli.Lines(output.ToString()), l => l.StartsWith("client 3 disconnected (", StringComparison.Ordinal));
    }

    /// <summary>A writer that completes <see cref="Seen"/> with the first line starting with a prefix.</summary>
    private sealed class LineSignal(string prefix) : StringWriter
    {
        private readonly TaskCompletionSource<string> _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly StringBuilder _line = new();

        public Task<string> Seen => _seen.Task;

        public override void Write(char value)
        {
            base.Write(value);
            if (value != '\n')
            {
                _line.Append(value);
                return;
            }

            var line = _line.ToString().TrimEnd('\r');
            _line.Clear();
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                _seen.TrySetResult(line);
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            Write('\n');
        }
    }
}
