using System.Buffers;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Benchmarks;

/// <summary>
/// Byte streams of realistic Gateway frames, built from transcript lines through the production
/// encoder, so every benchmark reads exactly what a client would receive.
/// </summary>
public static class Streams
{
    public const int FramesPerStream = 1000;

    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["tick_price"] = """{"req_id":1001,"field":1,"price":"189.10","size":"300","attr_mask":1}""",
        ["tick_size"] = """{"req_id":1001,"field":0,"size":"1200"}""",
        ["order_status"] = """{"order_id":42,"status":"Submitted","filled":"0","remaining":"100","avg_fill_price":"0","perm_id":1518189976,"parent_id":0,"last_fill_price":"0","client_id":7,"why_held":"","mkt_cap_price":"0"}""",
        ["execution_detail"] = """{"req_id":-1,"order_id":42,"contract":{"con_id":265598,"symbol":"AAPL","sec_type":"STK","exchange":"ISLAND","currency":"USD","local_symbol":"AAPL","trading_class":"NMS"},"exec_id":"0000e0d5.69dd7411.01.01","time":"20260413 15:27:04 US/Eastern","account":"DU0000001","exchange":"ISLAND","side":"BOT","shares":"100","price":"257.95","perm_id":1518189976,"client_id":7,"liquidation":0,"cum_qty":"100","avg_price":"257.95","order_ref":"bench-1","last_liquidity":2}""",
        ["open_order"] = """{"order_id":42,"contract":{"con_id":265598,"symbol":"AAPL","sec_type":"STK","exchange":"SMART","currency":"USD","local_symbol":"AAPL","trading_class":"NMS"},"action":"BUY","quantity":"100","order_type":"LMT","lmt_price":"189.10","aux_price":"0","tif":"DAY","account":"DU0000001","order_ref":"bench-1","client_id":7,"perm_id":1518189976,"status":"Submitted"}""",
        ["historical_data"] = """{"req_id":9,"bars":[{"time":"20260402 09:30:00 US/Eastern","open":"254.20","high":"254.80","low":"250.65","close":"252.53","volume":"2829736","wap":"252.266","count":13633},{"time":"20260402 10:00:00 US/Eastern","open":"252.52","high":"255.40","low":"251.19","close":"255.38","volume":"2797972","wap":"252.971","count":16541},{"time":"20260402 11:00:00 US/Eastern","open":"255.40","high":"255.73","low":"254.36","close":"254.57","volume":"1400669","wap":"255.002","count":7744}]}""",
        ["update_account_value"] = """{"key":"NetLiquidation","value":"100000.00","currency":"USD","account":"DU0000001"}""",
        ["tick_string"] = """{"req_id":1001,"field":48,"value":"189.10;100;1775425766350;2829736;188.9621;true"}""",
        ["tick_generic"] = """{"req_id":1001,"field":49,"value":"0"}""",
        ["market_depth_l2"] = """{"req_id":2001,"position":3,"market_maker":"NSDQ","operation":1,"side":1,"price":"189.12","size":"400","is_smart_depth":true}""",
        ["commission_report"] = """{"exec_id":"0000e0d5.69dd7411.01.01","commission":"1.00","currency":"USD","realized_pnl":"","yield":"","yield_redemption_date":""}""",
        ["api_error"] = """{"req_id":-1,"code":2104,"message":"Market data farm connection is OK:usfarm","error_time_ms":1775425766350}""",
    };

    /// <summary>A stream of framed messages for one scenario.</summary>
    public static byte[] Build(string scenario)
    {
        var encoder = new MessageEncoder();
        var writer = new ArrayBufferWriter<byte>();
        foreach (var message in Messages(scenario))
        {
            encoder.WriteFrame(message, writer);
        }

        return writer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The typed messages of a scenario, in stream order. <c>mix-sorted</c> is the mix's frames grouped by message
    /// id: the same work as <c>mix</c> without the unpredictable order.
    /// </summary>
    public static List<Message> Messages(string scenario)
    {
        IEnumerable<string> names = scenario switch
        {
            "mix" => MixNames(),
            "mix-sorted" => MixNames().OrderBy(name => MessageCatalog.Find(Direction.Server, name)!.Id),
            _ => Enumerable.Repeat(scenario, FramesPerStream),
        };
        return [.. names.Select(Sample)];
    }

    /// <summary>
    /// What a trading backend's session receives: 80% top-of-book ticks (40% price, 30% size, 5% RTVolume
    /// strings, 5% generic), 20% the rest (6% depth, 4% account values, 3% order status, 2% executions,
    /// 2% commission reports, 1% open orders, 1% historical bars, 1% API errors). Deterministic order.
    /// </summary>
    private static string[] MixNames()
    {
        (string Name, int Percent)[] shares =
        [
            ("tick_price", 40), ("tick_size", 30), ("tick_string", 5), ("tick_generic", 5),
            ("market_depth_l2", 6), ("update_account_value", 4), ("order_status", 3), ("execution_detail", 2),
            ("commission_report", 2), ("open_order", 1), ("historical_data", 1), ("api_error", 1),
        ];
        var names = shares.SelectMany(s => Enumerable.Repeat(s.Name, s.Percent * FramesPerStream / 100)).ToArray();
        new Random(42).Shuffle(names);
        return names;
    }

    private static Message Sample(string name)
    {
        var descriptor = MessageCatalog.Find(Direction.Server, name)
            ?? throw new InvalidOperationException($"no server message named {name}");
        return MessageJson.FromJson(descriptor, JsonNode.Parse(Samples[name])!.AsObject());
    }
}
