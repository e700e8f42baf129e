using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Client order requests, written field by field from the official EClient at server version 200.</summary>
public class OrderRequestVectors
{
    // place_order for BUY 1 AAPL LMT 150 DAY, split where the variable blocks go in.
    private static readonly string[] PlainHead =
    [
        "3", "1",                                                       // id, order id
        "265598", "AAPL", "STK", "", "0", "", "", "SMART", "", "USD", "", "", // contract with primary exchange
        "", "",                                                         // secIdType, secId
        "BUY", "1", "LMT", "150", "", "DAY", "", "DU9000001", "", "0", "", // main fields (aux unset)
        "1", "0", "0", "0", "0", "0", "0", "0",                         // transmit .. hidden
    ];

    private static readonly string[] PlainMiddle =
    [
        "",                                                             // sharesAllocation
        "0", "", "", "", "", "", "",                                    // discretionaryAmt .. modelCode
        "0", "", "-1", "0", "", "", "0", "", "",                        // short sale .. percentOffset
        "0", "0", "",                                                   // eTradeOnly, firmQuoteOnly, nbboPriceCap
        "", "", "", "", "", "", "0",                                    // auctionStrategy .. overridePercentageConstraints
        "", "", "", "", "0", "", "", "",                                // volatility .. trailingPercent
        "", "", "", "", "", "",                                         // scale, scaleTable, active times
    ];

    private static readonly string[] PlainTail =
    [
        "", "", "", "", "", "", "0",                                    // adjusted order block
        "", "", "", "",                                                 // extOperator, soft-dollar tier, cashQty
        "", "", "", "",                                                 // MiFID II
        "0", "0", "0", "", "", "", "0", "", "",                         // dontUseAutoPriceForHedge .. manualOrderTime
        "", "0", "0", "", "0",                                          // customerAccount .. imbalanceOnly
    ];

    [Fact]
    public void Place_order_plain_limit_is_119_fields()
    {
        var fields = Join(
            PlainHead,
            PlainMiddle,
            ["", "0", "", "", "0", "0", ""],                            // hedgeType, optOut, clearing, notHeld, DN contract, algo
            ["", "0", "", "0", "0", "0", "0"],                          // algoId .. conditions count
            PlainTail);
        Assert.Equal(119, Count(fields));

        // Spot checks against the numbered layout of place_order.md (index 0 = message id).
        var f = fields.Split('|');
        (int Index, string Value)[] expected = [(18, "LMT"), (23, "DU9000001"), (27, "1"), (45, "-1"), (46, "0"), (81, "0"), (89, "0"), (96, "0"), (118, "0")];
        Assert.All(expected, e => Assert.Equal(e.Value, f[e.Index]));
        var message = (PlaceOrder)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"order_id":1,"contract":{"con_id":265598,"symbol":"AAPL","sec_type":"STK","exchange":"SMART","currency":"USD","strike":"0"},
             "action":"BUY","total_quantity":"1","order_type":"LMT","lmt_price":"150","aux_price":"","tif":"DAY","account":"DU9000001",
             "transmit":true,"display_size":0,"exempt_code":-1,"min_qty":"","delta_neutral_order_type":"","conditions":[],
             "adjustable_trailing_unit":0,"use_price_mgmt_algo":"","manual_order_indicator":"","imbalance_only":false}
            """);
        Assert.Null(message.Order.AuxPrice);
        Assert.Equal(150m, message.Order.LmtPrice);
    }

    [Fact]
    public void Place_order_bag_with_combo_hedge_algo_and_conditions()
    {
        string[] bagHead = [.. PlainHead];
        bagHead[4] = "BAG";
        var fields = Join(
            bagHead,
            ["2", "43645865", "1", "BUY", "SMART", "0", "0", "", "-1", "9408", "1", "SELL", "SMART", "0", "0", "", "-1"], // legs
            ["2", "1.5", ""],                                           // leg prices, the second unset
            ["1", "NonGuaranteed", "1"],                                // smart-combo routing
            PlainMiddle,
            ["D", "0.5"],                                               // hedgeType + hedgeParam
            ["0", "", "", "0", "0"],                                    // optOut, clearing, notHeld, DN contract
            ["Adaptive", "1", "adaptivePriority", "Normal"],            // algo + params
            ["", "0", "", "0", "0", "0"],                               // algoId .. randomizePrice
            ["2", "1", "o", "1", "175.5", "265598", "SMART", "4", "3", "a", "0", "20260501 10:00:00 US/Eastern", "0", "1"], // conditions
            PlainTail);
        Assert.Equal(159, Count(fields));
        var message = (PlaceOrder)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """
            {"contract":{"sec_type":"BAG"},
             "combo_legs":[{"con_id":43645865,"ratio":1,"action":"BUY","exempt_code":-1},{"con_id":9408,"action":"SELL"}],
             "order_combo_leg_prices":[{"price":"1.5"},{"price":""}],
             "smart_combo_routing_params":[{"tag":"NonGuaranteed","value":"1"}],
             "hedge_type":"D","hedge_param":"0.5",
             "algo_strategy":"Adaptive","algo_params":[{"tag":"adaptivePriority","value":"Normal"}],
             "conditions":[
               {"type":1,"conjunction":"o","operator":true,"value":"175.5","con_id":265598,"exchange":"SMART","trigger_method":4},
               {"type":3,"conjunction":"a","operator":false,"value":"20260501 10:00:00 US/Eastern"}],
             "conditions_ignore_rth":false,"conditions_cancel_order":true,"imbalance_only":false}
            """);
        Assert.Equal(2, message.Contract.ComboLegs.Count);
        Assert.Null(message.Order.OrderComboLegs[1].Price);
    }

    [Fact]
    public void Place_order_peg_best_up_to_mid_on_ibkrats()
    {
        string[] head = [.. PlainHead];
        head[9] = "IBKRATS";
        head[18] = "PEG BEST";
        var fields = Join(
            head,
            PlainMiddle,
            ["", "0", "", "", "0", "0", ""],
            ["", "0", "", "0", "0", "0", "0"],
            PlainTail[..24],
            ["100", "2", "Infinity", "0.01", ""],                       // minTradeQty, minCompeteSize, offset up to mid, mid offsets
            PlainTail[24..]);
        Assert.Equal(119 + 5, Count(fields));
        var message = (PlaceOrder)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"min_trade_qty":100,"min_compete_size":2,"compete_against_best_offset":"Infinity","mid_offset_at_whole":"0.01","mid_offset_at_half":""}""");
        Assert.True(message.Order.CompeteAgainstBestOffsetUpToMid);
        Assert.Null(message.Order.CompeteAgainstBestOffset);
    }

    [Fact]
    public void Place_order_unknown_condition_type_is_a_protocol_error()
    {
        var fields = Join(
            PlainHead,
            PlainMiddle,
            ["", "0", "", "", "0", "0", ""],
            ["", "0", "", "0", "0", "0", "1", "2", "a"],                // one condition of type 2
            PlainTail);
        var error = Assert.Throws<Ibkr.Protocol.Wire.ProtocolException>(() => WireVectors.DecodeClient<PlaceOrder>(fields));
        Assert.Contains("unsupported order condition type 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_order_scale_extension_and_delta_neutral_order()
    {
        string[] middle = [.. PlainMiddle];
        middle[29] = "LMT";                                             // deltaNeutralOrderType
        var fields = Join(
            PlainHead,
            middle[..31],
            ["12345", "", "", "", "O", "1", "2", "X"],                  // delta-neutral order fields
            middle[31..37],
            ["0.05"],                                                   // scalePriceIncrement > 0
            ["0.01", "60", "0.5", "1", "", "", "0"],                    // the scale extension
            middle[38..],
            ["", "0", "", "", "0", "0", ""],
            ["", "0", "", "0", "0", "0", "0"],
            PlainTail);
        Assert.Equal(119 + 8 + 7, Count(fields));
        var message = (PlaceOrder)WireVectors.AssertVector(
            Direction.Client,
            fields,
            """{"delta_neutral_order_type":"LMT","delta_neutral_con_id":12345,"delta_neutral_open_close":"O","scale_price_increment":"0.05","scale_price_adjust_interval":60,"scale_auto_reset":true}""");
        Assert.True(message.Order.HasScaleExtension);
    }

    [Fact]
    public void Cancel_order_has_no_version_and_the_cme_tagging_fields()
    {
        WireVectors.AssertVector(Direction.Client, "4|42||||", """{"order_id":42,"manual_order_cancel_time":"","ext_operator":"","manual_order_indicator":""}""");
        WireVectors.AssertVector(Direction.Client, "4|42|20260415 10:00:00|trader1|1|", """{"manual_order_cancel_time":"20260415 10:00:00","ext_operator":"trader1","manual_order_indicator":1}""");
    }

    [Fact]
    public void Req_executions_sends_the_v200_filter_tail()
    {
        WireVectors.AssertVector(
            Direction.Client,
            "7|3|9001|0|DU9000001||AAPL||||2147483647|0|",
            """{"req_id":9001,"client_id":0,"account":"DU9000001","symbol":"AAPL","last_n_days":2147483647,"specific_dates":[]}""");
        WireVectors.AssertVector(
            Direction.Client,
            "7|3|9002|0||||||BOT|3|2|20260413|20260414|",
            """{"side":"BOT","last_n_days":3,"specific_dates":["20260413","20260414"]}""");
    }

    [Fact]
    public void Open_order_requests_and_ids()
    {
        WireVectors.AssertVector(Direction.Client, "5|1|", "{}");
        WireVectors.AssertVector(Direction.Client, "15|1|1|", """{"auto_bind":true}""");
        WireVectors.AssertVector(Direction.Client, "16|1|", "{}");
        WireVectors.AssertVector(Direction.Client, "8|1|1|", """{"num_ids":1}""");
        WireVectors.AssertVector(Direction.Client, "99|1|", """{"api_only":true}""");
        WireVectors.AssertVector(Direction.Client, "58|||", """{"ext_operator":"","manual_order_indicator":""}""");
    }

    [Fact]
    public void Exercise_options_carries_the_official_tail()
    {
        WireVectors.AssertVector(
            Direction.Client,
            "21|2|7|497222760|SPY|OPT|20260620|500|C|100|SMART|USD|SPY   260620C00500000|SPY|1|2|DU9000001|0|||0|",
            """{"req_id":7,"contract":{"con_id":497222760,"strike":"500"},"exercise_action":1,"exercise_quantity":2,"account":"DU9000001","override":0,"manual_order_time":"","customer_account":"","professional_customer":false}""");
    }

    private static string Join(params string[][] parts) => string.Join("|", parts.SelectMany(p => p)) + "|";

    private static int Count(string fields) => fields.Count(ch => ch == '|');
}
