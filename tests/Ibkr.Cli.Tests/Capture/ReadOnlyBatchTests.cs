using Ibkr.Cli.Capture.Scenarios;
using Ibkr.TestHost;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// Every read-only wire scenario recorded through the recorder against a replay host that answers it, so each
/// scenario's request, awaited reply name and expected reply ids are checked against the real codec.
/// </summary>
public sealed class ReadOnlyBatchTests : IDisposable
{
    private const string CurrentTime = "client req_current_time {}\nserver current_time {\"time\":\"1775481905\"}";

    // What the gateway answers to each scenario, after the bootstrap; request ids start at 1001 in every scenario.
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["account_summary_snapshot"] = "client req_account_summary {\"req_id\":\"1001\",\"account\":\"All\"}\nserver account_summary {\"req_id\":1001,\"account\":\"DU0000001\",\"tag\":\"NetLiquidation\",\"value\":\"100000.00\",\"currency\":\"USD\"}\nserver account_summary_end {\"req_id\":1001}\nclient cancel_account_summary {\"req_id\":\"1001\"}",
        ["bootstrap"] = string.Empty,
        ["bootstrap_client_id_0"] = string.Empty,
        ["completed_orders"] = "client req_completed_orders {}\nserver completed_order_end {}",
        ["contract_details_aapl_stk"] = "client req_contract_details {\"req_id\":\"1001\",\"contract\":{\"symbol\":\"AAPL\"}}\nserver contract_details {\"req_id\":1001,\"contract\":{\"symbol\":\"AAPL\",\"sec_type\":\"STK\",\"con_id\":265598}}\nserver contract_details_end {\"req_id\":1001}",
        ["contract_details_not_found"] = "client req_contract_details {\"contract\":{\"symbol\":\"ZZZZNONE\"}}\nserver api_error {\"req_id\":1001,\"code\":200,\"message\":\"No security definition has been found for the request\",\"advanced_order_reject_json\":\"\",\"error_time_ms\":\"1775481901250\"}",
        ["current_time"] = CurrentTime,
        ["executions"] = "client req_executions {\"req_id\":\"1001\"}\nserver executions_end {\"req_id\":1001}",
        ["family_codes"] = "client req_family_codes {}\nserver family_codes {\"codes\":[{\"account_id\":\"DU0000001\",\"family_code\":\"F0000001\"}]}",
        ["head_timestamp_aapl"] = "client req_head_timestamp {\"req_id\":\"1001\"}\nserver head_timestamp {\"req_id\":1001,\"timestamp\":\"19801212 14:30:00\"}",
        ["historical_bars_1d_1h"] = "client req_historical_bars {\"req_id\":\"1001\",\"bar_size\":\"1 hour\",\"duration\":\"1 D\"}\nserver historical_data {\"req_id\":1001,\"bars\":[{\"time\":\"20260406 09:30:00 US/Eastern\",\"open\":\"189.20\",\"high\":\"189.25\",\"low\":\"189.14\",\"close\":\"189.22\",\"volume\":\"31200\",\"wap\":\"189.2\",\"count\":188}]}\nserver historical_bars_range_end {\"req_id\":1001,\"start\":\"20260405 16:00:00 US/Eastern\",\"end\":\"20260406 16:00:00 US/Eastern\"}",
        ["matching_symbols_aapl"] = "client req_matching_symbols {\"pattern\":\"AAPL\"}\nserver matching_symbols {\"req_id\":1001,\"symbols\":[]}",
        ["mkt_depth_exchanges"] = "client req_mkt_depth_exchanges {}\nserver mkt_depth_exchanges {\"exchanges\":[{\"exchange\":\"NASDAQ\",\"sec_type\":\"STK\",\"listing_exch\":\"NASDAQ\",\"service_data_type\":\"Deep2\",\"agg_group\":1}]}",
        ["open_orders"] = "client req_open_orders {\"scope\":\"client\"}\nserver open_order_end {}",
        ["positions_snapshot"] = "client req_positions {}\nserver position_end {}\nclient cancel_positions {}",
        ["quote_snapshot_aapl"] = "client req_market_data_type {\"data_type\":3}\nclient req_quote {\"req_id\":\"1001\",\"snapshot\":true}\nserver tick_snapshot_end {\"req_id\":1001}",
        ["reconnect_current_time"] = CurrentTime + "\ndisconnect\n" + CaptureTestKit.Bootstrap + "\n" + CurrentTime,
        ["req_ids"] = "client req_ids {}\nserver next_valid_id {\"order_id\":7}",
        ["user_info"] = "client req_user_info {\"req_id\":\"1001\"}\nserver user_info {\"req_id\":1001,\"white_branding_id\":\"\"}",
    };

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-readonly-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_read_only_batch_records_and_verifies_every_scenario()
    {
        // The facade (api_) scenarios of the batch run against the simulator (ApiScenarioEndToEndTests).
        var batch = ScenarioCatalog.Batch("read-only").Where(s => s.Driver == ScenarioDriver.Wire).Select(s => s.Name).ToList();
        Assert.Equal(Answers.Keys.Order(StringComparer.Ordinal), batch);
        var served = string.Join("\ndisconnect\n", batch.Select(name => CaptureTestKit.Bootstrap + "\n" + Answers[name]));
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("served.txt", served));

        var (exit, output, error) = await Task.Run(() => Cli.Run(string.Empty, ["capture", "--scenario", .. batch, "--record-upstream", $"127.0.0.1:{host.Address.Port}", "--out", _dir, "--timeout", "10s"]));

        var hostResult = await host.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
        Assert.True(exit == 0, hostResult.Failure + "\n" + output + error);
        Assert.Equal($"{batch.Count} passed, 0 failed", Cli.Lines(output)[^1]);
        Assert.True(hostResult.Consumed, hostResult.Failure?.ToString());
        Assert.Equal(batch.Count, Directory.GetDirectories(_dir).Length);
    }
}
