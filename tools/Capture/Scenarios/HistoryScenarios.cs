using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>Historical-data scenarios.</summary>
internal static class HistoryScenarios
{
    public static readonly Scenario[] All =
    [
        WireScenario.Request("historical_bars_1d_1h", "history", "AAPL bars, 1 D of 1-hour TRADES (out 20): bars (in 17) then the range end (in 108).", [InMsg.HistoricalData, InMsg.HistoricalDataEnd],
            id => new ReqHistoricalData { ReqId = id, Contract = Contracts.AaplStock(), BarSizeSetting = "1 hour", DurationStr = "1 D", UseRth = true, WhatToShow = "TRADES", FormatDate = 1 },
            "historical_bars_range_end"),
        WireScenario.Request("head_timestamp_aapl", "history", "reqHeadTimestamp for AAPL TRADES (out 87), reads the timestamp (in 88).", [InMsg.HeadTimestamp],
            id => new ReqHeadTimestamp { ReqId = id, Contract = Contracts.AaplStock(), UseRth = true, WhatToShow = "TRADES", FormatDate = 1 }, "head_timestamp"),
    ];
}
