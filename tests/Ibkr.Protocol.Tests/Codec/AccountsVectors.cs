using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Accounts, portfolio, positions and P&amp;L: wire vectors written from the official v200 layouts.</summary>
public class AccountsVectors
{
    [Fact]
    public void Account_value_has_version_2_and_the_account_last() =>
        WireVectors.AssertVector(
            Direction.Server,
            "6|2|NetLiquidation|125000.50|USD|DU1234567|",
            """{"key":"NetLiquidation","value":"125000.50","currency":"USD","account":"DU1234567"}""");

    [Fact]
    public void Portfolio_value_carries_primary_exchange_in_the_exchange_slot()
    {
        var p = (PortfolioValue)WireVectors.AssertVector(
            Direction.Server,
            "7|8|8314|IBM|STK||0.0|||NYSE|USD|IBM|IBM|25|241.37|6034.25|230.10|281.75|0.0|DU1234567|",
            """
            {"contract":{"con_id":8314,"symbol":"IBM","sec_type":"STK","expiry":"","strike":"0.0","right":"","multiplier":"",
             "primary_exchange":"NYSE","currency":"USD","local_symbol":"IBM","trading_class":"IBM"},
             "position":"25","market_price":"241.37","market_value":"6034.25","avg_cost":"230.10","unrealized_pnl":"281.75",
             "realized_pnl":"0.0","account":"DU1234567"}
            """);
        Assert.Equal("NYSE", p.Contract.PrimaryExchange);
        Assert.Empty(p.Contract.Exchange);
    }

    [Fact]
    public void Portfolio_value_reads_the_unset_double_as_unset_pnl()
    {
        var p = WireVectors.DecodeServer<PortfolioValue>("7|8|8314|IBM|STK||0|||NYSE|USD|IBM|IBM|25|241.37|6034.25|230.1|1.7976931348623157E308|1.7976931348623157E308|DU1|");
        Assert.Null(p.UnrealizedPnl);
        Assert.Null(p.RealizedPnl);
    }

    [Fact]
    public void Account_update_time_is_text() =>
        WireVectors.AssertVector(Direction.Server, "8|1|15:42|", """{"timestamp":"15:42"}""");

    [Fact]
    public void Account_download_end_names_the_account() =>
        WireVectors.AssertVector(Direction.Server, "54|1|DU1234567|", """{"account":"DU1234567"}""");

    [Fact]
    public void Position_has_the_server_contract_block() =>
        WireVectors.AssertVector(
            Direction.Server,
            "61|3|DU1234567|495512552|ES|FUT|20260618|0.0||50|CME|USD|ESM6|ES|-2|264310.5|",
            """
            {"account":"DU1234567","contract":{"con_id":495512552,"symbol":"ES","sec_type":"FUT","expiry":"20260618","strike":"0.0",
             "multiplier":"50","exchange":"CME","currency":"USD","local_symbol":"ESM6","trading_class":"ES"},
             "position":"-2","avg_cost":"264310.5"}
            """);

    [Fact]
    public void Position_end_is_only_a_version() =>
        WireVectors.AssertVector(Direction.Server, "62|1|", "{}");

    [Fact]
    public void Account_summary_and_its_end() =>
        Assert.Multiple(
            () => WireVectors.AssertVector(
                Direction.Server,
                "63|1|77|DU1234567|TotalCashValue|98000.12|USD|",
                """{"req_id":77,"account":"DU1234567","tag":"TotalCashValue","value":"98000.12","currency":"USD"}"""),
            () => WireVectors.AssertVector(Direction.Server, "64|1|77|", """{"req_id":77}"""));

    [Fact]
    public void Position_multi_reads_model_code_after_avg_cost()
    {
        var p = (PositionMulti)WireVectors.AssertVector(
            Direction.Server,
            "71|1|31|DU1234567|265598|AAPL|STK||0|||SMART|USD|AAPL|NMS|100|187.42|Growth|",
            """
            {"req_id":31,"account":"DU1234567","contract":{"con_id":265598,"symbol":"AAPL","exchange":"SMART","trading_class":"NMS"},
             "position":"100","avg_cost":"187.42","model_code":"Growth"}
            """);
        Assert.Equal("Growth", p.ModelCode);
    }

    [Fact]
    public void Position_multi_end_is_the_request_id() =>
        WireVectors.AssertVector(Direction.Server, "72|1|31|", """{"req_id":31}""");

    [Fact]
    public void Account_update_multi_and_its_end() =>
        Assert.Multiple(
            () => WireVectors.AssertVector(
                Direction.Server,
                "73|1|32|DU1234567|Growth|CashBalance|1500.00|EUR|",
                """{"req_id":32,"account":"DU1234567","model_code":"Growth","key":"CashBalance","value":"1500.00","currency":"EUR"}"""),
            () => WireVectors.AssertVector(Direction.Server, "74|1|32|", """{"req_id":32}"""));

    [Fact]
    public void Pnl_keeps_unset_values_apart_from_zero()
    {
        var pnl = (PnL)WireVectors.AssertVector(
            Direction.Server,
            "94|40|-125.5|0||",
            """{"req_id":40,"daily_pnl":"-125.5","unrealized_pnl":"0","realized_pnl":""}""");
        Assert.Null(pnl.RealizedPnL);
        Assert.Equal(0m, pnl.UnrealizedPnL);
    }

    [Fact]
    public void Pnl_reads_the_unset_double_sentinel()
    {
        var pnl = WireVectors.DecodeServer<PnL>("94|40|1.7976931348623157E308|12.25|1.7976931348623157E308|");
        Assert.Null(pnl.DailyPnL);
        Assert.Equal(12.25m, pnl.UnrealizedPnL);
        Assert.Null(pnl.RealizedPnL);
    }

    [Fact]
    public void Pnl_single_has_position_then_four_amounts() =>
        WireVectors.AssertVector(
            Direction.Server,
            "95|41|100|35.5|412.75||18742.00|",
            """{"req_id":41,"position":"100","daily_pnl":"35.5","unrealized_pnl":"412.75","realized_pnl":"","value":"18742.00"}""");

    [Fact]
    public void Family_codes_have_no_request_id() =>
        WireVectors.AssertVector(
            Direction.Server,
            "78|2|DU1234567|F123|DU7654321||",
            """{"codes":[{"account_id":"DU1234567","family_code":"F123"},{"account_id":"DU7654321","family_code":""}]}""");

    [Fact]
    public void Soft_dollar_tiers_are_name_value_display_name() =>
        WireVectors.AssertVector(
            Direction.Server,
            "77|8|1|Tier1|0.0025|Research 25 bps|",
            """{"req_id":8,"tiers":[{"name":"Tier1","value":"0.0025","display_name":"Research 25 bps"}]}""");

    [Fact]
    public void User_info_uses_the_official_id_107()
    {
        var info = (UserInfo)WireVectors.AssertVector(Direction.Server, "107|3|WB-77|", """{"req_id":3,"white_branding_id":"WB-77"}""");
        Assert.Equal(InMsg.UserInfo, info.Descriptor.Id);
    }
}
