using Ibkr.Cli.Capture.Scenarios;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>The scenario catalog, <c>--list</c> and the trading gate.</summary>
public sealed class CaptureCatalogTests
{
    [Fact]
    public void List_prints_every_scenario_the_batches_and_a_count()
    {
        var (exit, output, _) = Cli.Run(string.Empty, "capture", "--list");

        Assert.Equal(0, exit);
        var lines = Cli.Lines(output);
        Assert.Equal($"{ScenarioCatalog.All.Count} scenarios", lines[^1]);
        Assert.StartsWith("batches: all (", lines[^2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("current_time ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("api_reconnect_quote ", StringComparison.Ordinal) && l.Contains("[all,read-only,api]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("api_order_place_cancel ", StringComparison.Ordinal) && l.Contains("[all,trading,api]", StringComparison.Ordinal));
        Assert.Contains(", api (7), ", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_unique_and_every_scenario_expects_a_reply()
    {
        Assert.Equal(ScenarioCatalog.All.Count, ScenarioCatalog.All.Select(s => s.Name).Distinct().Count());
        Assert.All(ScenarioCatalog.All, s => Assert.NotEmpty(s.ExpectedReplies));
        Assert.All(ScenarioCatalog.Batch("trading"), s => Assert.True(s.CanTrade));
        Assert.DoesNotContain(ScenarioCatalog.Batch("read-only"), s => s.CanTrade);
        Assert.All(ScenarioCatalog.All, s => Assert.Equal(s.Name.StartsWith("api_", StringComparison.Ordinal), s.Driver == ScenarioDriver.Api));
        Assert.Equal(2, ScenarioCatalog.Find("api_reconnect_quote")!.Legs);
    }

    [Fact]
    public void A_trading_scenario_is_refused_without_the_opt_in_before_connecting()
    {
        Assert.Null(Environment.GetEnvironmentVariable(TradingGate.Variable));

        // Port 1 on loopback: were it to connect, the failure would be a connect error, not the refusal.
        var (exit, output, _) = Cli.Run(string.Empty, "capture", "--scenario", "place_order_far_limit_cancel_aapl", "--addr", "127.0.0.1:1");

        Assert.Equal(1, exit);
        Assert.Contains("FAIL place_order_far_limit_cancel_aapl", output, StringComparison.Ordinal);
        Assert.Contains("refused: place_order_far_limit_cancel_aapl places orders; set IBKR_CAPTURE_TRADING=1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "DU0000001", "DU0000002" }, true)]
    [InlineData(new[] { "DU0000001", "U1234567" }, false)]
    [InlineData(new string[0], false)]
    public void Only_paper_accounts_pass_the_trading_gate(string[] accounts, bool passes)
    {
        var refused = Record.Exception(() => TradingGate.RequirePaperAccounts(accounts));
        Assert.Equal(passes, refused is null);
    }

    [Fact]
    public void Unknown_scenarios_and_missing_selection_are_usage_errors()
    {
        Assert.Equal(2, Cli.Run(string.Empty, "capture", "--scenario", "nope", "--addr", "127.0.0.1:1").Exit);
        Assert.Equal(2, Cli.Run(string.Empty, "capture", "--addr", "127.0.0.1:1").Exit);
        Assert.Equal(2, Cli.Run(string.Empty, "capture", "--batch", "nope", "--addr", "127.0.0.1:1").Exit);
    }
}
