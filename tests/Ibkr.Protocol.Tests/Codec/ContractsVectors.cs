using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Contract reference replies: wire vectors written from the official v200 layouts.</summary>
public class ContractsVectors
{
    [Fact]
    public void Contract_data_reads_every_official_field_and_the_ineligibility_reasons()
    {
        var payload = "10|7|IBM|OPT|20260417|20260417|150|C|SMART|USD|IBM   260417C00150000|IBM|IBM|712345678|0.01|100|LMT,MKT,STP|SMART,CBOE,ISE|1|8314|"
            + "Soci\\u00e9t\\u00e9 IBM|CBOE|202604|Technology|Computers|Computers|US/Eastern|20260417:0930-20260417:1600|20260417:0930-20260417:1600|"
            + "EV1|2.5|1|ISIN|US4592001014|2|IBM|STK|32,109,109|20260417|ETF|1|1|1|2|IRA|Not for IRA accounts|REG|Region not allowed|";
        var data = (ContractData)WireVectors.AssertVector(
            Direction.Server,
            payload,
            """
            {"req_id":7,"contract":{"symbol":"IBM","sec_type":"OPT","expiry":"20260417","last_trade_date":"20260417","strike":"150","right":"C",
             "exchange":"SMART","currency":"USD","local_symbol":"IBM   260417C00150000","trading_class":"IBM","con_id":712345678,
             "multiplier":"100","primary_exchange":"CBOE"},
             "market_name":"IBM","min_tick":"0.01","order_types":"LMT,MKT,STP","valid_exchanges":"SMART,CBOE,ISE","price_magnifier":1,
             "under_con_id":8314,"long_name":"Société IBM","contract_month":"202604","industry":"Technology","category":"Computers",
             "subcategory":"Computers","time_zone_id":"US/Eastern","trading_hours":"20260417:0930-20260417:1600",
             "liquid_hours":"20260417:0930-20260417:1600","ev_rule":"EV1","ev_multiplier":"2.5",
             "sec_id_list":[{"tag":"ISIN","value":"US4592001014"}],"agg_group":2,"under_symbol":"IBM","under_sec_type":"STK",
             "market_rule_ids":"32,109,109","real_expiration_date":"20260417","stock_type":"ETF","min_size":"1","size_increment":"1",
             "suggested_size_increment":"1",
             "ineligibility_reasons":[{"id":"IRA","description":"Not for IRA accounts"},{"id":"REG","description":"Region not allowed"}]}
            """);
        Assert.Equal("100", data.Details.Contract.Multiplier);
        Assert.Equal("Société IBM", data.Details.LongName);
        Assert.Empty(data.Details.FundName);
    }

    [Fact]
    public void Contract_data_of_a_stock_keeps_empty_ev_fields_and_no_reasons()
    {
        var data = (ContractData)WireVectors.AssertVector(
            Direction.Server,
            "10|21|MSFT|STK|||0||SMART|USD|MSFT|NMS|NMS|272093|0.01||LMT,MKT|SMART,NASDAQ|1|0|MICROSOFT CORP|NASDAQ||Technology|Computers|Computers|US/Eastern|"
            + "20260406:0400-20260406:2000|20260406:0930-20260406:1600|||1|ISIN|US5949181045|1|||13,13||COMMON|0.0001|0.0001|100|0|",
            """
            {"req_id":21,"contract":{"symbol":"MSFT","sec_type":"STK","expiry":"","strike":"0","multiplier":"","con_id":272093,"primary_exchange":"NASDAQ"},
             "min_tick":"0.01","long_name":"MICROSOFT CORP","ev_rule":"","ev_multiplier":"","agg_group":1,"stock_type":"COMMON",
             "min_size":"0.0001","size_increment":"0.0001","suggested_size_increment":"100","ineligibility_reasons":[]}
            """);
        Assert.Null(data.Details.EvMultiplier);
    }

    [Fact]
    public void Contract_data_of_a_fund_reads_the_fund_block()
    {
        var data = (ContractData)WireVectors.AssertVector(
            Direction.Server,
            "10|3|VFIAX|FUND|||0||FUNDSERV|USD|VFIAX|VFIAX|VFIAX|44520123|0.01||LMT,MKT|FUNDSERV|1|0|VANGUARD 500 INDEX ADMIRAL|FUNDSERV||Funds|Equity|Large Cap|US/Eastern|"
            + "20260406:0930-20260406:1600|20260406:0930-20260406:1600|||0|0|||27||MUTUAL|0.001|0.001|0.001|"
            + "Vanguard 500 Index Fund|Vanguard|Equity|0|0.5|90|0.04|0|1|0|10|3000|1|CA,NY|GU,PR|N|005|0|",
            """
            {"req_id":3,"contract":{"sec_type":"FUND","exchange":"FUNDSERV"},"sec_id_list":[],
             "fund_name":"Vanguard 500 Index Fund","fund_family":"Vanguard","fund_type":"Equity","fund_front_load":"0",
             "fund_back_load":"0.5","fund_back_load_time_interval":"90","fund_management_fee":"0.04","fund_closed":false,
             "fund_closed_for_new_investors":true,"fund_closed_for_new_money":false,"fund_notify_amount":"10",
             "fund_minimum_initial_purchase":"3000","fund_subsequent_minimum_purchase":"1","fund_blue_sky_states":"CA,NY",
             "fund_blue_sky_territories":"GU,PR","fund_distribution_policy_indicator":"N","fund_asset_type":"005",
             "ineligibility_reasons":[]}
            """);
        Assert.True(data.Details.FundClosedForNewInvestors);
    }

    [Fact]
    public void Bond_contract_data_has_its_own_layout()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "18|12|IBCID123|BOND|912828YK0|2.125|20291231|20191231|AA+|GOVT|FIXED|0|1|0|Note|SMART|USD|T 2 1/8 12/31/29|T|123456789|0.0001|LMT|SMART|"
            + "20270101|Call|0|Callable at par|US Treasury Note|US/Eastern|20260406:0800-20260406:1700|20260406:0800-20260406:1700|||1|CUSIP|912828YK0|1|101|1000|1000|1000|",
            """
            {"req_id":12,"contract":{"symbol":"IBCID123","sec_type":"BOND","exchange":"SMART","currency":"USD","trading_class":"T","con_id":123456789},
             "cusip":"912828YK0","coupon":"2.125","maturity":"20291231","issue_date":"20191231","ratings":"AA+","bond_type":"GOVT",
             "coupon_type":"FIXED","convertible":false,"callable":true,"putable":false,"desc_append":"Note","market_name":"T 2 1/8 12/31/29",
             "min_tick":"0.0001","order_types":"LMT","valid_exchanges":"SMART","next_option_date":"20270101","next_option_type":"Call",
             "next_option_partial":false,"notes":"Callable at par","long_name":"US Treasury Note","time_zone_id":"US/Eastern",
             "ev_rule":"","ev_multiplier":"","sec_id_list":[{"tag":"CUSIP","value":"912828YK0"}],"agg_group":1,"market_rule_ids":"101",
             "min_size":"1000","size_increment":"1000","suggested_size_increment":"1000"}
            """);
    }

    [Fact]
    public void Contract_data_end_has_a_version_and_the_request_id() =>
        WireVectors.AssertVector(Direction.Server, "52|1|1001|", """{"req_id":1001}""");

    [Fact]
    public void Delta_neutral_validation_carries_the_chosen_underlying() =>
        WireVectors.AssertVector(
            Direction.Server,
            "56|1|42|265598|0.55|189.25|",
            """{"req_id":42,"delta_neutral_contract":{"con_id":265598,"delta":"0.55","price":"189.25"}}""");

    [Fact]
    public void Fundamental_data_is_one_text_field() =>
        WireVectors.AssertVector(
            Direction.Server,
            "51|1|9|<ReportSnapshot><CoIDs/></ReportSnapshot>|",
            """{"req_id":9,"data":"<ReportSnapshot><CoIDs/></ReportSnapshot>"}""");

    [Fact]
    public void Matching_symbols_always_read_description_and_issuer_id()
    {
        var samples = (SymbolSamples)WireVectors.AssertVector(
            Direction.Server,
            "79|5|2|265598|AAPL|STK|NASDAQ|USD|3|OPT|WAR|CFD|APPLE INC||552014|AAPL|BOND|SMART|USD|0|Apple Inc 3.85 05/04/43|e123456|",
            """
            {"req_id":5,"symbols":[
              {"con_id":265598,"symbol":"AAPL","sec_type":"STK","primary_exchange":"NASDAQ","currency":"USD",
               "derivative_sec_types":["OPT","WAR","CFD"],"description":"APPLE INC","issuer_id":""},
              {"con_id":552014,"sec_type":"BOND","derivative_sec_types":[],"description":"Apple Inc 3.85 05/04/43","issuer_id":"e123456"}]}
            """);
        Assert.Equal(2, samples.ContractDescriptions.Count);
    }

    [Fact]
    public void Matching_symbols_with_a_numeric_description_stays_aligned() =>
        WireVectors.AssertVector(
            Direction.Server,
            "79|6|1|8314|IBM|STK|NYSE|USD|0|12345|e1|",
            """{"req_id":6,"symbols":[{"con_id":8314,"derivative_sec_types":[],"description":"12345","issuer_id":"e1"}]}""");

    [Fact]
    public void Sec_def_opt_params_has_no_field_before_the_expirations()
    {
        var chain = (SecurityDefinitionOptionParameter)WireVectors.AssertVector(
            Direction.Server,
            "75|11|SMART|265598|AAPL|100|3|20260417|20260515|20260618|4|180|185|187.5|190|",
            """
            {"req_id":11,"exchange":"SMART","underlying_con_id":265598,"trading_class":"AAPL","multiplier":"100",
             "expirations":["20260417","20260515","20260618"],"strikes":["180","185","187.5","190"]}
            """);
        Assert.Equal(187.5m, chain.Strikes[2]);
    }

    [Fact]
    public void Sec_def_opt_params_end_is_the_request_id() =>
        WireVectors.AssertVector(Direction.Server, "76|11|", """{"req_id":11}""");

    [Fact]
    public void Market_rule_uses_the_official_id_93()
    {
        var rule = (MarketRule)WireVectors.AssertVector(
            Direction.Server,
            "93|26|2|0|0.01|1|0.05|",
            """{"market_rule_id":26,"increments":[{"low_edge":"0","increment":"0.01"},{"low_edge":"1","increment":"0.05"}]}""");
        Assert.Equal(InMsg.MarketRule, rule.Descriptor.Id);
    }

    [Fact]
    public void Smart_components_map_bits_to_exchanges() =>
        WireVectors.AssertVector(
            Direction.Server,
            "82|4|2|0|NYSE|N|1|ARCA|P|",
            """{"req_id":4,"components":[{"bit_number":0,"exchange_name":"NYSE","exchange_letter":"N"},{"bit_number":1,"exchange_name":"ARCA","exchange_letter":"P"}]}""");
}
