using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Simulator;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// The simulator as the recorder's upstream: a capture scenario runs through the in-process recorder, the
/// capture verifies, and its normalized transcript passes <c>ibkr lint</c> and <c>ibkr selfplay</c>.
/// </summary>
public sealed class SimulatorRecordingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-simrec-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("bootstrap")]
    [InlineData("current_time")]
    [InlineData("contract_details_aapl_stk")]
    [InlineData("contract_details_not_found")]
    [InlineData("matching_symbols_aapl")]
    [InlineData("quote_snapshot_aapl")]
    [InlineData("historical_bars_1d_1h")]
    [InlineData("head_timestamp_aapl")]
    [InlineData("account_summary_snapshot")]
    [InlineData("positions_snapshot")]
    [InlineData("open_orders")]
    [InlineData("executions")]
    [InlineData("completed_orders")]
    [InlineData("place_order_far_limit_cancel_aapl")]
    public Task A_scenario_recorded_from_the_simulator_normalizes_lints_and_self_plays(string name) =>
        RecordAndCheckAsync(ScenarioCatalog.Find(name)!);

    [Fact]
    public async Task A_marketable_limit_order_that_fills_records_its_execution_and_commission()
    {
        var scenario = WireScenario.Define(
            "sim_marketable_limit_fill_aapl",
            "orders",
            "A 100-share AAPL LMT buy far above the ask fills at the ask: execution, open order, status, commission.",
            RiskClass.PaperOrder,
            [InMsg.ExecutionData, InMsg.OrderStatus, InMsg.CommissionReport],
            MarketableLimitAsync);

        var transcript = await RecordAndCheckAsync(scenario);

        var server = transcript.Steps.OfType<MessageStep>().Where(s => s.Direction == Direction.Server).Select(s => s.Name).ToList();
        Assert.Equal(["execution_detail", "open_order", "order_status", "commission_report"], server.SkipWhile(n => n != "execution_detail").Take(4));
        Assert.Contains(transcript.Steps.OfType<MessageStep>(), s => s.Name == "order_status" && s.Body["status"]?.GetValue<string>() == "Filled");
    }

    private static async Task MarketableLimitAsync(WireSession s)
    {
        var orderId = s.NextOrderId();
        var order = new Order
        {
            OrderId = orderId,
            Action = "BUY",
            TotalQuantity = 100,
            OrderType = "LMT",
            LmtPrice = 250.00m,
            Tif = "DAY",
            Account = s.Bootstrap.ManagedAccounts[0],
            OrderRef = s.NextOrderRef(),
        };
        await s.SendAsync(new PlaceOrder { Contract = Ibkr.Cli.Capture.Scenarios.Contracts.AaplStock(), Order = order });
        await s.WaitForAsync("commission_report");
    }

    private async Task<Transcript> RecordAndCheckAsync(Scenario scenario)
    {
        RecordedScenario recorded;
        await using (var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { Seed = 5 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            recorded = await RecordedBatch.RunAsync(
                scenario,
                new DriverOptions("127.0.0.1", 0) { TradingEnabled = true, ReplyTimeout = TimeSpan.FromSeconds(10) },
                new RecordedBatchOptions("127.0.0.1", simulator.Endpoint.Port, _dir));
        }

        Assert.True(recorded.Passed, recorded.Outcome.Error + recorded.Verdict);
        var transcript = CaptureTestKit.NormalizeLintAndSelfPlay(recorded.Verdict.Directory, Path.Combine(_dir, scenario.Name + ".txt"));
        Assert.Equal(scenario.Legs, CaptureTestKit.Counts(transcript).Handshakes);
        Assert.Empty(transcript.Steps.OfType<RawStep>());
        return transcript;
    }
}
