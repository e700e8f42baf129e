using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>EXECUTION_DATA, EXECUTION_DATA_END and COMMISSION_REPORT from the official EDecoder at server version 200.</summary>
public class ExecutionVectors
{
    [Fact]
    public void Execution_data_has_32_fields_through_submitter()
    {
        string[] fields =
        [
            "11", "9001", "12",
            "272093", "MSFT", "STK", "", "0", "", "", "SMART", "USD", "MSFT", "NMS",  // contract
            "0000e0d5.6a0b1c2d.01.01", "20260414 10:01:02 US/Eastern", "DU1234567", "ISLAND", "SLD", "50", "410.12",
            "1518189977", "3", "0", "50", "410.12", "ref-1", "", "", "",               // permId .. modelCode
            "1", "0", "alice",                                                         // lastLiquidity, pendingPriceRevision, submitter
        ];
        var payload = string.Join("|", fields) + "|";
        Assert.Equal(32, fields.Length - 1);
        var message = (ExecutionData)WireVectors.AssertVector(
            Direction.Server,
            payload,
            """
            {"req_id":9001,"order_id":12,"symbol":"MSFT","contract":{"con_id":272093,"sec_type":"STK","exchange":"SMART"},
             "exec_id":"0000e0d5.6a0b1c2d.01.01","time":"20260414 10:01:02 US/Eastern","account":"DU1234567","exchange":"ISLAND",
             "side":"SLD","shares":"50","price":"410.12","perm_id":1518189977,"client_id":3,"cum_qty":"50","avg_price":"410.12",
             "order_ref":"ref-1","ev_multiplier":"","last_liquidity":1,"pending_price_revision":false,"submitter":"alice"}
            """);
        Assert.Equal(50m, message.Execution.Shares);
    }

    [Fact]
    public void Executions_end_has_a_version()
    {
        WireVectors.AssertVector(Direction.Server, "55|1|9001|", """{"req_id":9001}""");
    }

    [Fact]
    public void Commission_report_with_and_without_values()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "59|1|0000e0d5.6a0b1c2d.01.01|1.02|USD|-12.5|||",
            """{"exec_id":"0000e0d5.6a0b1c2d.01.01","commission":"1.02","currency":"USD","realized_pnl":"-12.5","yield":"","yield_redemption_date":""}""");
        WireVectors.AssertVector(
            Direction.Server,
            "59|1|0000e0d5.6a0b1c2d.01.01||USD||||",
            """{"commission":"","realized_pnl":""}""");
    }

    [Fact]
    public void Commission_report_reads_the_double_max_literal_as_unset()
    {
        var report = WireVectors.DecodeServer<CommissionReport>("59|1|0000e0d5.6a0b1c2d.01.01|1.02|USD|1.7976931348623157E308|1.7976931348623157E308||");
        Assert.Equal(1.02m, report.CommissionAndFees);
        Assert.Null(report.RealizedPnl);
        Assert.Null(report.Yield);
        Assert.Null(report.YieldRedemptionDate);
        Assert.Equal("59|1|0000e0d5.6a0b1c2d.01.01|1.02|USD||||", WireVectors.Encode(report));
    }
}
