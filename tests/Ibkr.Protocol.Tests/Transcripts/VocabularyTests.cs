using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Protocol.Tests.Transcripts;

public class VocabularyTests
{
    [Theory]
    [InlineData("client", "req_open_orders", null)]
    [InlineData("auto", "req_auto_open_orders", true)]
    [InlineData("all", "req_all_open_orders", null)]
    public void Req_open_orders_scope_picks_the_request(string scope, string expected, bool? autoBind)
    {
        var r = Resolve(Direction.Client, "req_open_orders", $$"""{"scope":"{{scope}}"}""");
        Assert.Empty(r.Problems);
        Assert.Equal(expected, r.Descriptor!.Name);
        Assert.False(r.Body.ContainsKey("scope"));
        Assert.Equal(autoBind, r.Body["auto_bind"]?.GetValue<bool>());
    }

    [Theory]
    [InlineData("{}", "no \"scope\"")]
    [InlineData("""{"scope":"mine"}""", "\"scope\" must be")]
    [InlineData("""{"scope":"$s"}""", "\"scope\" must be")]
    public void Req_open_orders_without_a_known_scope_is_a_problem(string body, string problem)
    {
        var r = Resolve(Direction.Client, "req_open_orders", body);
        Assert.Null(r.Descriptor);
        Assert.Contains(r.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Cancel_open_orders_is_req_auto_open_orders_false()
    {
        var r = Resolve(Direction.Client, "cancel_open_orders", "{}");
        Assert.Empty(r.Problems);
        Assert.Equal("req_auto_open_orders", r.Descriptor!.Name);
        Assert.False(r.Body["auto_bind"]!.GetValue<bool>());
    }

    [Fact]
    public void Historical_bar_is_a_one_bar_historical_data()
    {
        var r = Resolve(Direction.Server, "historical_bar",
            """{"req_id":"$req1","time":"20260402 15:00:00 US/Eastern","open":"255.29","high":"256.13","low":"254.80","close":"255.89","volume":"2938382","wap":"255.576","count":"17376"}""");
        Assert.Empty(r.Problems);
        Assert.Equal("historical_data", r.Descriptor!.Name);
        Assert.Equal("$req1", r.Body["req_id"]!.GetValue<string>());
        var bar = Assert.Single(r.Body["bars"]!.AsArray())!.AsObject();
        Assert.Equal("255.29", bar["open"]!.GetValue<string>());
        Assert.False(bar.ContainsKey("req_id"));

        var message = (HistoricalData)Ibkr.Protocol.Json.MessageJson.FromJson(r.Descriptor, Bind(r.Body, 7));
        Assert.Equal(7, message.ReqId);
        Assert.Single(message.Bars);
    }

    [Theory]
    [InlineData("""{"req_id":3}""")]
    [InlineData("""{"req_id":"$req1","start":"2026-04-05T10:00:00Z","end":"2026-04-05T11:00:00Z"}""")]
    public void Historical_bars_end_is_a_historical_data_without_bars(string body)
    {
        var r = Resolve(Direction.Server, "historical_bars_end", body);
        Assert.Empty(r.Problems);
        Assert.Equal("historical_data", r.Descriptor!.Name);
        Assert.Empty(r.Body["bars"]!.AsArray());
        Assert.False(r.Body.ContainsKey("start"));
        Assert.False(r.Body.ContainsKey("end"));
    }

    [Theory]
    [InlineData("cancel_order", """{"field_count":"5","order_id":"295","manual_order_cancel_time":"","ext_operator":"","manual_order_indicator":""}""")]
    [InlineData("global_cancel", """{"field_count":"3","ext_operator":"","manual_order_indicator":""}""")]
    public void Field_count_is_synthetic_and_dropped(string name, string body)
    {
        var r = Resolve(Direction.Client, name, body);
        Assert.Empty(r.Problems);
        Assert.Equal(name, r.Descriptor!.Name);
        Assert.False(r.Body.ContainsKey("field_count"));
    }

    [Theory]
    [InlineData("open_order", """{"order_id":1,"filled":"2","remaining":"8","contract":{"symbol":"AAPL","primary_exchange":""}}""", "filled,remaining,contract.primary_exchange")]
    [InlineData("completed_order", """{"filled":"5","remaining":"0"}""", "remaining")]
    [InlineData("position", """{"account":"DU1","contract":{"symbol":"AAPL","exchange":"NASDAQ","primary_exchange":""}}""", "contract.primary_exchange")]
    [InlineData("update_portfolio", """{"contract":{"exchange":"","primary_exchange":"NASDAQ"}}""", "contract.exchange")]
    [InlineData("historical_data_update", """{"req_id":1,"bar_count":1,"time":"20260405  12:00:00","count":"25"}""", "count")]
    public void Compatibility_keys_are_accepted_and_dropped(string name, string body, string dropped)
    {
        var r = Resolve(Direction.Server, name, body);
        Assert.Empty(r.Problems);
        foreach (var key in dropped.Split(','))
        {
            Assert.False(Has(r.Body, key), key);
        }
    }

    [Theory]
    [InlineData("position", """{"contract":{"primary_exchange":"NASDAQ"}}""")]
    [InlineData("update_portfolio", """{"contract":{"exchange":"SMART"}}""")]
    public void Empty_only_compatibility_keys_with_a_value_are_problems(string name, string body)
    {
        var r = Resolve(Direction.Server, name, body);
        Assert.Contains(r.Problems, p => p.Contains("is not carried", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_keys_are_problems_naming_key_and_message()
    {
        var r = Resolve(Direction.Server, "tick_price", """{"req_id":1,"field":1,"price":"1.5","pricee":"2","contract":{"x":1}}""");
        Assert.Equal(2, r.Problems.Count);
        Assert.Contains(r.Problems, p => p.Contains("\"pricee\"", StringComparison.Ordinal) && p.Contains("tick_price", StringComparison.Ordinal));
        Assert.Contains(r.Problems, p => p.Contains("\"contract\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_keys_inside_list_elements_are_problems()
    {
        var r = Resolve(Direction.Server, "historical_bar", """{"req_id":1,"open":"1","opne":"2"}""");
        Assert.Equal("server historical_bar: unknown key \"bars[0].opne\" for historical_data", Assert.Single(r.Problems));
    }

    [Fact]
    public void Unknown_names_are_problems()
    {
        var r = Resolve(Direction.Server, "tick_prize", "{}");
        Assert.Null(r.Descriptor);
        Assert.Equal("server tick_prize: unknown message name", Assert.Single(r.Problems));
        Assert.Null(Resolve(Direction.Client, "historical_bar", "{}").Descriptor);
    }

    [Fact]
    public void Values_that_do_not_convert_are_problems()
    {
        var r = Resolve(Direction.Server, "tick_price", """{"req_id":"abc","field":1}""");
        Assert.Contains("key \"req_id\": expected an integer", Assert.Single(r.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Bindings_fit_any_type()
    {
        var r = Resolve(Direction.Server, "tick_price", """{"req_id":"$req1","field":"$f","price":"$p"}""");
        Assert.Empty(r.Problems);
        Assert.Equal("$req1", r.Body["req_id"]!.GetValue<string>());
    }

    [Fact]
    public void Identical_names_and_keys_map_as_they_are()
    {
        var r = Resolve(Direction.Client, "req_quote", """{"req_id":"$req1","contract":{"symbol":"AAPL","sec_type":"STK"},"snapshot":false,"generic_ticks":["233"]}""");
        Assert.Empty(r.Problems);
        Assert.Equal("req_quote", r.Descriptor!.Name);
    }

    [Fact]
    public void Conditional_layout_keys_are_known()
    {
        // Keys of branches: BAG combo legs on place_order, tick-by-tick bid/ask.
        Assert.Contains("combo_legs[].con_id", MessageKeys.Of(MessageCatalog.Find(Direction.Client, "place_order")!).Keys);
        Assert.Contains("bid_price", MessageKeys.Of(MessageCatalog.Find(Direction.Server, "tick_by_tick")!).Keys);
    }

    private static VocabularyResolution Resolve(Direction direction, string name, string body) =>
        TranscriptVocabulary.Resolve(direction, name, JsonNode.Parse(body)!.AsObject());

    private static JsonObject Bind(JsonObject body, int reqId)
    {
        var copy = (JsonObject)body.DeepClone();
        copy["req_id"] = reqId;
        return copy;
    }

    private static bool Has(JsonObject body, string key)
    {
        var parts = key.Split('.');
        JsonNode? node = body;
        foreach (var part in parts)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out node))
            {
                return false;
            }
        }

        return true;
    }
}
