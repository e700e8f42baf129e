using Ibkr.Protocol.Transcripts;

namespace Ibkr.TestHost.Tests;

/// <summary>Self-play (replay host + scripted client) of small synthetic transcripts.</summary>
public sealed class SelfPlayTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private const string Bootstrap = """
        handshake {"server_version":200,"connection_time":"20260406 09:25:01 US/Eastern"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}

        """;

    private const string Quote = """
        client req_quote {"req_id":"$req1","contract":{"symbol":"AAPL","sec_type":"STK","exchange":"SMART","currency":"USD"},"generic_ticks":[],"snapshot":false}
        server tick_price {"req_id":"$req1","field":1,"price":"189.10","size":"300","attr_mask":1}
        client cancel_quote {"req_id":"$req1"}

        """;

    private static Transcript Parse(string text)
    {
        var parsed = TranscriptLint.Check("inline.txt", text);
        Assert.True(parsed.Ok, string.Join("\n", parsed.Problems));
        return parsed.Transcript;
    }

    [Fact]
    public async Task A_bootstrap_and_quote_script_passes()
    {
        var result = await SelfPlay.RunAsync(Parse(Bootstrap + Quote), Timeout, TestContext.Current.CancellationToken);
        Assert.Null(result.Failure);
        Assert.True(result.Passed);
    }

    [Fact]
    public async Task Historical_bars_split_raw_and_reconnect_pass()
    {
        var result = await SelfPlay.RunAsync(Parse(Bootstrap + """
            client req_current_time {}
            split server 3,5 current_time {"time":1775481940}
            client req_current_time {}
            raw server AAAAEDk5MAAxAHQtdW5rbm93bgA=
            server current_time {"time":1775481941}
            sleep 10ms
            disconnect
            """ + "\n" + Bootstrap + Quote), Timeout, TestContext.Current.CancellationToken);
        Assert.Null(result.Failure);
        Assert.True(result.Passed);
    }

    [Fact]
    public async Task Unbound_names_get_integers_in_order_of_first_use()
    {
        // The host substitutes what the client sent: $a = 1, $b = 2, so these literal expectations hold.
        var result = await SelfPlay.RunAsync(Parse(Bootstrap + """
            client cancel_quote {"req_id":"$a"}
            client cancel_quote {"req_id":"$b"}
            server tick_price {"req_id":"$b","field":1,"price":"1.5"}
            server tick_price {"req_id":1,"field":2,"price":"2.5"}
            server tick_price {"req_id":2,"field":2,"price":"3.5"}
            """), Timeout, TestContext.Current.CancellationToken);
        Assert.Null(result.Failure);
    }

    [Fact]
    public async Task A_server_step_the_client_sees_differently_fails_naming_its_line()
    {
        // An empty code (a zero-is-a-value int) is written as 0, so the client reads 0 where the script says "": the one
        // kind of server step self-play can see differently is a value that does not survive encode + decode.
        var transcript = Parse(Bootstrap + """
            client cancel_quote {"req_id":"$a"}
            server tick_price {"req_id":"$a","field":1,"price":"189.10"}
            server api_error {"req_id":-1,"code":"","message":"ok"}
            """);
        var result = await SelfPlay.RunAsync(transcript, Timeout, TestContext.Current.CancellationToken);
        Assert.False(result.Passed);
        Assert.Equal(6, result.Failure!.Line);
        Assert.Equal("inline.txt", result.Failure.File);
        Assert.Contains("code: expected \"\", got 0", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scripted_client_alone_reports_a_gateway_that_sends_something_else()
    {
        // The host serves one script, the client plays another: the first differing server step is reported.
        await using var host = ReplayHost.Start(Parse(Bootstrap + """server tick_price {"req_id":5,"field":1,"price":"1.25"}"""));
        var client = await ScriptedClient.RunAsync(
            Parse(Bootstrap + """server tick_price {"req_id":5,"field":2,"price":"1.25"}"""),
            host.Address.Address.ToString(),
            host.Address.Port,
            new ScriptedClientOptions { StepTimeout = Timeout },
            TestContext.Current.CancellationToken);
        Assert.False(client.Passed);
        Assert.Equal(4, client.Failure!.Line);
        Assert.Contains("field: expected 2, got 1", client.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_step_that_never_comes_times_out_naming_its_line()
    {
        await using var host = ReplayHost.Start(Parse(Bootstrap + "sleep 2s\n"));
        var started = DateTime.UtcNow;
        var client = await ScriptedClient.RunAsync(
            Parse(Bootstrap + """server tick_price {"req_id":5,"field":2,"price":"1.25"}"""),
            host.Address.Address.ToString(),
            host.Address.Port,
            new ScriptedClientOptions { StepTimeout = TimeSpan.FromMilliseconds(300) },
            TestContext.Current.CancellationToken);
        Assert.False(client.Passed);
        Assert.Equal(4, client.Failure!.Line);
        Assert.Contains("no server frame within 300ms", client.Failure.Reason, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_client_step_after_a_disconnect_without_a_handshake_never_comes_and_fails_at_its_line()
    {
        // Lines 4-5 close the first leg; line 6 would need a connection that only a handshake opens.
        var result = await SelfPlay.RunAsync(Parse(Bootstrap + """
            disconnect
            client req_current_time {}
            server current_time {"time":1775481940}
            """), Timeout, TestContext.Current.CancellationToken);
        Assert.False(result.Passed);
        Assert.Equal(5, result.Failure!.Line);
        Assert.Equal("inline.txt", result.Failure.File);
        Assert.StartsWith("client req_current_time: this step never reaches the gateway: the disconnect at line 4 closed the connection", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_step_before_the_first_handshake_never_comes_and_fails_at_its_line()
    {
        var result = await SelfPlay.RunAsync(Parse("client req_current_time {}\n" + Bootstrap), Timeout, TestContext.Current.CancellationToken);
        Assert.False(result.Passed);
        Assert.Equal(1, result.Failure!.Line);
        Assert.Contains("no handshake step comes before it", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Historical_bars_are_one_frame()
    {
        var result = await SelfPlay.RunAsync(Parse(Bootstrap + """
            server historical_bar {"req_id":7,"time":"20260406","open":"1","high":"2","low":"0.5","close":"1.5","volume":"10","wap":"1.2","count":3}
            server historical_bar {"req_id":7,"time":"20260407","open":"1","high":"2","low":"0.5","close":"1.5","volume":"10","wap":"1.2","count":3}
            server historical_bars_end {"req_id":7}
            server historical_bars_end {"req_id":8}
            """), Timeout, TestContext.Current.CancellationToken);
        Assert.Null(result.Failure);
    }
}
