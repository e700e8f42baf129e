using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>
/// OPEN_ORDER, COMPLETED_ORDER and ORDER_STATUS, written field by field from the official EOrderDecoder
/// call order at server version 200 (every gate on). Unset DecMax/IntMax values are written empty here so
/// that re-encoding gives the same bytes; the MAX literals TWS sends are checked separately.
/// </summary>
public class OrderReportVectors
{
    private const string Max = "1.7976931348623157E308";

    // OPEN_ORDER for BUY 100 MSFT LMT 410.25 DAY, fields 1-58 (orderId .. triggerMethod).
    private static readonly string[] OpenHead =
    [
        "5", "7",
        "272093", "MSFT", "STK", "", "0", "?", "", "SMART", "USD", "MSFT", "NMS",   // contract
        "BUY", "100", "LMT", "410.25", "0.0", "DAY", "", "DU1234567", "", "0", "ref-1", // main fields
        "3", "1518189977", "0", "0", "0", "",                                         // clientId .. goodAfterTime
        "1518189977.1/DU1234567/100",                                                 // sharesAllocation
        "", "", "", "", "", "0", "", "", "0", "", "-1",                               // FA .. exemptCode
        "0", "", "", "", "", "",                                                      // auctionStrategy, box, peg-to-stock
        "2147483647", "0", "0", "0", "", "3", "0", "0", "", "0", "0",                 // displaySize .. triggerMethod
    ];

    // Fields 59-76: volatility, the 8-field delta-neutral block TWS sends for "None", trail, basis points.
    private static readonly string[] OpenVolatility =
        ["", "0", "None", "", "0", "", "", "", "?", "0", "0", "", "0", "0", "", "", "", ""];

    // Fields 93-120: status, margins (text), commission, the v195 preview, allocations, warning text.
    private static readonly string[] OpenState =
    [
        "PreSubmitted", Max, Max, Max, Max, Max, Max, Max, Max, Max,
        "", "", "", "", "",
        "", "", "", "", "", "", "", "", "",
        "", "", "0", "",
    ];

    // Fields after the conditions (adjusted block .. imbalanceOnly).
    private static readonly string[] OpenTail =
    [
        "None", "", "", "", "", "", "", "0",
        "", "", "", "0",
        "1", "0", "0", "0", "", "", "0",
        "", "", "", "", "",
        "", "0", "", "0", "", "", "", "0",
    ];

    [Fact]
    public void Open_order_plain_has_the_official_155_fields()
    {
        var fields = Join(
            OpenHead,
            OpenVolatility,
            ["", "0", "0", "0"],                                                      // combo description and counts
            ["", "", "", "", "0", "", "IB", "0", "0", "", "0", "0"],                  // scale .. whatIf
            OpenState,
            ["0", "0", "0"],                                                          // randomize, conditions count
            OpenTail);
        Assert.Equal(155, Count(fields));
        var message = (OpenOrder)WireVectors.AssertVector(
            Direction.Server,
            fields,
            """
            {"order_id":7,"contract":{"con_id":272093,"symbol":"MSFT","sec_type":"STK","strike":"0","right":"?","exchange":"SMART","trading_class":"NMS"},
             "action":"BUY","quantity":"100","order_type":"LMT","lmt_price":"410.25","aux_price":"0.0","tif":"DAY","account":"DU1234567",
             "order_ref":"ref-1","client_id":3,"perm_id":1518189977,"discretion_amt":"0","shares_allocation":"1518189977.1/DU1234567/100",
             "rule80a":"0","exempt_code":-1,"display_size":2147483647,"oca_type":3,"delta_neutral_order_type":"None","delta_neutral_open_close":"?",
             "clearing_intent":"IB","status":"PreSubmitted","init_margin_before":"1.7976931348623157E308","commission":"","order_allocations":[],
             "warning_text":"","conditions":[],"adjusted_order_type":"None","cash_qty":"0","dont_use_auto_price_for_hedge":true,
             "use_price_mgmt_algo":0,"manual_order_indicator":"","submitter":"","imbalance_only":false}
            """);
        Assert.Equal("PreSubmitted", message.OrderState.Status);
        Assert.Null(message.OrderState.CommissionAndFees);
    }

    [Fact]
    public void Open_order_with_combo_legs_algo_allocations_and_conditions()
    {
        string[] head = [.. OpenHead];
        head[4] = "BAG";
        head[15] = "PEG BENCH";
        var fields = Join(
            head,
            OpenVolatility,
            ["MSFT/AAPL spread", "2", "272093", "1", "BUY", "SMART", "0", "0", "", "-1", "265598", "1", "SELL", "SMART", "0", "0", "", "-1"],
            ["2", "", "1.25"],                                                        // leg prices, the first unset
            ["1", "NonGuaranteed", "1"],                                              // smart-combo routing
            ["", "", "", "P", "beta=1", "0", "", "IB", "0"],                          // scale, hedge + param, clearing, notHeld
            ["1", "756733", "0.5", "401.2"],                                          // delta-neutral contract
            ["Vwap", "2", "maxPctVol", "0.1", "noTakeLiq", "1"],                      // algo
            ["0", "1"],                                                               // solicited, whatIf
            OpenState[..26],
            ["1", "DU1234567", "0", "100", "100", "100", "100", "0"],                 // one allocation
            [""],                                                                     // warningText
            ["0", "0"],                                                               // randomize
            ["8314", "1", "0.5", "1", "ISLAND"],                                      // PEG BENCH reference fields
            ["4",
             "6", "a", "1", "1000000", "272093", "SMART",                             // volume
             "5", "o", "STK", "SMART", "MSFT",                                        // execution
             "7", "a", "0", "2.5", "272093", "SMART",                                 // percent change
             "4", "a", "0", "30",                                                     // margin
             "1", "0"],                                                               // ignoreRth, cancelOrder
            OpenTail);
        // Over the plain order: combo +20, hedge param / delta-neutral contract / algo +9, one allocation +7,
        // PEG BENCH +5, four conditions and the two flags +23.
        Assert.Equal(155 + 20 + 9 + 7 + 5 + 23, Count(fields));
        var message = (OpenOrder)WireVectors.AssertVector(
            Direction.Server,
            fields,
            """
            {"contract":{"sec_type":"BAG","combo_legs_description":"MSFT/AAPL spread","delta_neutral_present":true,
                         "delta_neutral":{"con_id":756733,"delta":"0.5","price":"401.2"}},
             "order_type":"PEG BENCH",
             "combo_legs":[{"con_id":272093,"action":"BUY"},{"con_id":265598,"action":"SELL","exempt_code":-1}],
             "order_combo_leg_prices":[{"price":""},{"price":"1.25"}],
             "smart_combo_routing":[{"tag":"NonGuaranteed","value":"1"}],
             "hedge_type":"P","hedge_param":"beta=1",
             "algo_strategy":"Vwap","algo_params":[{"tag":"maxPctVol","value":"0.1"},{"tag":"noTakeLiq","value":"1"}],
             "what_if":true,
             "order_allocations":[{"account":"DU1234567","position":"0","position_desired":"100","allowed_alloc_qty":"100","is_monetary":false}],
             "reference_contract_id":8314,"is_pegged_change_amount_decrease":true,"pegged_change_amount":"0.5","reference_exchange":"ISLAND",
             "conditions":[
               {"type":6,"conjunction":"a","operator":true,"value":"1000000","con_id":272093,"exchange":"SMART"},
               {"type":5,"conjunction":"o","sec_type":"STK","exchange":"SMART","symbol":"MSFT"},
               {"type":7,"conjunction":"a","operator":false,"value":"2.5","con_id":272093},
               {"type":4,"conjunction":"a","operator":false,"value":"30"}],
             "conditions_ignore_rth":true,"conditions_cancel_order":false,"imbalance_only":false}
            """);
        Assert.Equal(OrderCondition.VolumeType, message.Order.Conditions[0].Type);
        Assert.True(message.Order.IsPegBench);
    }

    [Fact]
    public void Open_order_reads_the_max_literals_tws_sends_as_unset()
    {
        string[] head = [.. OpenHead];
        head[16] = Max;                                                               // lmtPrice
        var fields = Join(
            head,
            OpenVolatility,
            ["", "0", "0", "0"],
            ["2147483647", "2147483647", "", "", "0", "", "IB", "0", "0", "", "0", "0"],
            OpenState[..24],
            ["-9223372036854775808", "", "0", ""],                                    // suggestedSize Long.MIN
            ["0", "0", "0"],
            ["None", Max, Max, Max, Max, Max, Max, "0"],
            OpenTail[8..28],
            ["", "2147483647", "", "0"]);
        var message = WireVectors.DecodeServer<OpenOrder>(fields);
        Assert.Null(message.Order.LmtPrice);
        Assert.Null(message.Order.ScaleInitLevelSize);
        Assert.Null(message.Order.TriggerPrice);
        Assert.Null(message.Order.AdjustedTrailStopPrice);
        Assert.Null(message.OrderState.SuggestedSize);
        Assert.Null(message.Order.ManualOrderIndicator);
        Assert.Equal(155, Count(WireVectors.Encode(message)));
    }

    [Fact]
    public void Completed_order_has_the_official_102_fields()
    {
        string[] fields =
        [
            "101",
            "272093", "MSFT", "STK", "", "0", "?", "", "SMART", "USD", "MSFT", "NMS",   // contract (no order id)
            "SELL", "5", "TRAIL LIMIT", "405.5", "1.5", "GTC", "oca-9", "DU1234567", "", "0", "",
            "1426085925", "1", "0", "0", "",                                          // permId .. goodAfterTime
            "", "", "", "", "", "", "", "", "0", "", "-1",                            // FA .. exemptCode
            "", "", "", "", "",                                                       // box, peg-to-stock
            "2147483647", "0", "0", "", "3", "0",                                     // displaySize .. triggerMethod
            "", "0", "None", "", "0", "0", "0", "",                                   // volatility + 4-field delta-neutral block
            "0", "0", "404.0", "",                                                    // continuousUpdate .. trailingPercent
            "", "0", "0", "0",                                                        // combo
            "", "", "", "",                                                           // scale, hedgeType
            "", "IB", "0", "0", "", "0",                                              // clearing .. solicited
            "Cancelled", "0", "0", "0",                                               // status, randomize, conditions
            "404.0", "0.05", "0", "1", "0", "",                                       // trailStopPrice copy .. autoCancelDate
            "2", "2147483647", "0", "Not an insider or substantial shareholder", "0", "0",
            "9223372036854775807", "20260414 15:59:58 US/Eastern", "Cancelled by Trader",
            "", "", "", "", "", "", "0", "bob",
        ];
        var payload = string.Join("|", fields) + "|";
        Assert.Equal(102, Count(payload));
        var message = (CompletedOrder)WireVectors.AssertVector(
            Direction.Server,
            payload,
            """
            {"contract":{"con_id":272093,"symbol":"MSFT","local_symbol":"MSFT"},"action":"SELL","quantity":"5","order_type":"TRAIL LIMIT",
             "lmt_price":"405.5","aux_price":"1.5","oca_group":"oca-9","perm_id":1426085925,"outside_rth":true,"display_size":2147483647,
             "delta_neutral_order_type":"None","delta_neutral_con_id":0,"trail_stop_price":"404.0","clearing_intent":"IB","status":"Cancelled",
             "adjusted_trail_stop_price":"404.0","lmt_price_offset":"0.05","dont_use_auto_price_for_hedge":true,"filled":"2",
             "ref_futures_con_id":2147483647,"parent_perm_id":9223372036854775807,"completed_time":"20260414 15:59:58 US/Eastern",
             "completed_status":"Cancelled by Trader","professional_customer":false,"submitter":"bob"}
            """);
        Assert.Equal("Cancelled", message.OrderState.Status);
        Assert.Equal(2m, message.Order.FilledQuantity);
    }

    [Fact]
    public void Order_status_has_no_version()
    {
        var status = (OrderStatus)WireVectors.AssertVector(
            Direction.Server,
            "3|12|Filled|100|0|410.12|1518189977|0|410.12|3||0|",
            """{"order_id":12,"status":"Filled","filled":"100","remaining":"0","avg_fill_price":"410.12","perm_id":1518189977,"parent_id":0,"last_fill_price":"410.12","client_id":3,"why_held":"","mkt_cap_price":"0"}""");
        Assert.Equal(0m, status.Remaining);
    }

    [Fact]
    public void Order_lifecycle_markers()
    {
        WireVectors.AssertVector(Direction.Server, "53|1|", "{}");
        WireVectors.AssertVector(Direction.Server, "102|", "{}");
        WireVectors.AssertVector(Direction.Server, "100|1518189977|0|-5|", """{"perm_id":1518189977,"client_id":0,"order_id":-5}""");
    }

    private static string Join(params string[][] parts) => string.Join("|", parts.SelectMany(p => p)) + "|";

    private static int Count(string fields) => fields.Count(ch => ch == '|') - 1;
}
