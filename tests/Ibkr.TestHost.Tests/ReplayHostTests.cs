using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost.Tests;

public sealed class ReplayHostTests
{
    private const string Bootstrap = """
        handshake {"server_version":200,"connection_time":"20260406 09:25:01 US/Eastern"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}

        """;

    private const string QuoteRequest =
        """client req_quote {"req_id":"$req1","contract":{"symbol":"AAPL","sec_type":"STK","exchange":"SMART","currency":"USD"},"generic_ticks":[],"snapshot":false}""";

    private static ReqMktData Quote(int reqId, string symbol = "AAPL") => new()
    {
        ReqId = reqId,
        Contract = new Contract { Symbol = symbol, SecType = "STK", Exchange = "SMART", Currency = "USD" },
    };

    [Fact]
    public async Task A_bootstrap_and_quote_script_is_consumed()
    {
        var transcript = ReplayClient.Parse(Bootstrap + QuoteRequest + """

            server tick_price {"req_id":"$req1","field":1,"price":"189.10","size":"300","attr_mask":1}
            client cancel_quote {"req_id":"$req1"}
            """);
        await using var host = ReplayHost.Start(transcript);

        var (client, info) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            Assert.Equal(200, info.ServerVersion);
            Assert.Equal("20260406 09:25:01 US/Eastern", info.ConnectionTime);
            Assert.Equal(["DU0000001"], (await client.ReadAsync<ManagedAccounts>()).Accounts);
            Assert.Equal(1, (await client.ReadAsync<NextValidId>()).OrderId);

            await client.SendAsync(Quote(9));
            var tick = await client.ReadAsync<TickPrice>();
            Assert.Equal(9, tick.ReqId);
            Assert.Equal(189.10m, tick.Price);
            await client.SendAsync(new CancelMktData { ReqId = 9 });

            var result = await host.Completion;
            Assert.Null(result.Failure);
            Assert.True(result.Consumed);
            Assert.Equal(6, result.StepsPlayed);
            await client.AssertClosedAsync();
        }
    }

    [Fact]
    public async Task A_wrong_symbol_is_reported_with_the_line_and_the_key()
    {
        var transcript = ReplayClient.Parse(Bootstrap + QuoteRequest);
        await using var host = ReplayHost.Start(transcript);

        var (client, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            await client.ReadAsync<ManagedAccounts>();
            await client.ReadAsync<NextValidId>();
            await client.SendAsync(Quote(9, "MSFT"));

            var result = await host.Completion;
            Assert.False(result.Consumed);
            Assert.Equal(3, result.StepsPlayed);
            var failure = Assert.IsType<ReplayFailure>(result.Failure);
            Assert.Equal("inline.txt", failure.File);
            Assert.Equal(4, failure.Line);
            Assert.Equal("client req_quote: contract.symbol: expected \"AAPL\", got \"MSFT\"", failure.Reason);
            await client.AssertClosedAsync();
        }
    }

    [Fact]
    public async Task A_different_message_is_reported_by_name()
    {
        var transcript = ReplayClient.Parse(Bootstrap + QuoteRequest);
        await using var host = ReplayHost.Start(transcript);

        var (client, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            await client.SendAsync(new CancelMktData { ReqId = 9 });

            var failure = Assert.IsType<ReplayFailure>((await host.Completion).Failure);
            Assert.Equal(4, failure.Line);
            Assert.Equal("expected client req_quote (req_quote, id 1), got cancel_quote (id 2)", failure.Reason);
        }
    }

    [Fact]
    public async Task A_client_step_that_never_comes_times_out_naming_the_line()
    {
        var transcript = ReplayClient.Parse(Bootstrap + QuoteRequest);
        await using var host = ReplayHost.Start(transcript, new ReplayHostOptions { StepTimeout = TimeSpan.FromMilliseconds(200) });

        var (client, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            await client.ReadAsync<ManagedAccounts>();
            await client.ReadAsync<NextValidId>();

            var result = await host.Completion;
            Assert.False(result.Consumed);
            var failure = Assert.IsType<ReplayFailure>(result.Failure);
            Assert.Equal(4, failure.Line);
            Assert.Equal("no client frame within 200ms for client req_quote", failure.Reason);
            await client.AssertClosedAsync();
        }
    }

    [Fact]
    public async Task Consecutive_historical_bars_are_packed_into_one_frame_and_the_end_is_swallowed()
    {
        var transcript = ReplayClient.Parse(Bootstrap + """
            client req_historical_bars {"req_id":"$req1","contract":{"symbol":"AAPL"},"bar_size":"1 min","what_to_show":"TRADES"}
            server historical_bar {"req_id":"$req1","time":"20260406 09:30:00 US/Eastern","open":"189.10","high":"189.40","low":"189.00","close":"189.30","volume":"1200","wap":"189.20","count":15}
            server historical_bar {"req_id":"$req1","time":"20260406 09:31:00 US/Eastern","open":"189.30","high":"189.50","low":"189.20","close":"189.45","volume":"900","wap":"189.35","count":11}
            server historical_bar {"req_id":"$req1","time":"20260406 09:32:00 US/Eastern","open":"189.45","high":"189.60","low":"189.40","close":"189.55","volume":"700","wap":"189.50","count":9}
            server historical_bars_end {"req_id":"$req1","start":"","end":""}
            server next_valid_id {"order_id":2}
            """);
        await using var host = ReplayHost.Start(transcript);

        var (client, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            await client.ReadAsync<ManagedAccounts>();
            await client.ReadAsync<NextValidId>();
            await client.SendAsync(new ReqHistoricalData
            {
                ReqId = 4,
                Contract = new Contract { Symbol = "AAPL" },
                BarSizeSetting = "1 min",
                WhatToShow = "TRADES",
            });

            var data = await client.ReadAsync<HistoricalData>();
            Assert.Equal(4, data.ReqId);
            Assert.Equal(["20260406 09:30:00 US/Eastern", "20260406 09:31:00 US/Eastern", "20260406 09:32:00 US/Eastern"], data.Bars.Select(b => b.Time));
            Assert.Equal([189.30m, 189.45m, 189.55m], data.Bars.Select(b => b.Close));
            Assert.Equal([15, 11, 9], data.Bars.Select(b => b.Count));

            // The very next frame is the marker: no separate end frame was sent.
            Assert.Equal(2, (await client.ReadAsync<NextValidId>()).OrderId);

            var result = await host.Completion;
            Assert.Null(result.Failure);
            Assert.Equal(9, result.StepsPlayed);
        }
    }

    [Fact]
    public async Task Split_and_raw_server_bytes_arrive_exactly_and_raw_client_bytes_are_checked()
    {
        var rawServer = FrameWriter.Frame("49\01775425766\0"u8);
        var rawClient = FrameWriter.Frame("49\01\0"u8);
        var transcript = ReplayClient.Parse($$"""
            handshake {}
            split server 3,5 tick_price {"req_id":7,"field":1,"price":"189.10","size":"300","attr_mask":1}
            raw server {{Convert.ToBase64String(rawServer)}}
            raw client {{Convert.ToBase64String(rawClient)}}
            """);
        var split = Assert.IsType<SplitStep>(transcript.Steps.ElementAt(1));
        var resolution = TranscriptVocabulary.Resolve(Direction.Server, split.Name, split.Body);
        var splitFrame = FrameWriter.Frame(new MessageEncoder().Encode(MessageJson.FromJson(resolution.Descriptor!, resolution.Body)));
        await using var host = ReplayHost.Start(transcript);

        var (client, info) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            Assert.Equal(200, info.ServerVersion);
            Assert.Equal(splitFrame, await client.ReadBytesAsync(splitFrame.Length));
            Assert.Equal(rawServer, await client.ReadBytesAsync(rawServer.Length));
            await client.SendRawAsync(rawClient);

            var result = await host.Completion;
            Assert.Null(result.Failure);
            Assert.True(result.Consumed);
            await client.AssertClosedAsync();
        }
    }

    [Fact]
    public async Task Raw_client_bytes_that_differ_fail_with_both_hex_texts()
    {
        var expected = FrameWriter.Frame("49\01\0"u8);
        var transcript = ReplayClient.Parse($"handshake {{}}\nraw client {Convert.ToBase64String(expected)}\n");
        await using var host = ReplayHost.Start(transcript);

        var (client, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (client)
        {
            var sent = FrameWriter.Frame("49\02\0"u8);
            await client.SendRawAsync(sent);

            var failure = Assert.IsType<ReplayFailure>((await host.Completion).Failure);
            Assert.Equal(2, failure.Line);
            Assert.Contains(Convert.ToHexString(expected), failure.Reason, StringComparison.Ordinal);
            Assert.Contains(Convert.ToHexString(sent), failure.Reason, StringComparison.Ordinal);
        }
    }

    private const string TwoLegs = """
        handshake {"server_version":200,"connection_time":"leg one","client_id":"$cid"}
        client req_quote {"req_id":"$req1","contract":{"symbol":"AAPL"}}
        server tick_price {"req_id":"$req1","field":1,"price":"189.10","size":"300","attr_mask":1}
        disconnect
        handshake {"server_version":200,"connection_time":"leg two"}
        client req_quote {"req_id":"$req1","contract":{"symbol":"AAPL"}}
        server tick_price {"req_id":"$req1","field":2,"price":"189.12","size":"200","attr_mask":1}
        server next_valid_id {"order_id":"$cid"}
        """;

    [Fact]
    public async Task Two_legs_share_one_binding_table()
    {
        await using var host = ReplayHost.Start(ReplayClient.Parse(TwoLegs));

        var (first, info) = await ReplayClient.ConnectAndHandshakeAsync(host.Address, clientId: 42);
        await using (first)
        {
            Assert.Equal("leg one", info.ConnectionTime);
            await first.SendAsync(Quote(5));
            Assert.Equal(5, (await first.ReadAsync<TickPrice>()).ReqId);
            await first.AssertClosedAsync();
        }

        var (second, info2) = await ReplayClient.ConnectAndHandshakeAsync(host.Address, clientId: 42);
        await using (second)
        {
            Assert.Equal("leg two", info2.ConnectionTime);
            await second.SendAsync(Quote(5));
            var tick = await second.ReadAsync<TickPrice>();
            Assert.Equal((5, 2), (tick.ReqId, tick.Field));

            // The handshake's client_id binding is substituted into a later server step.
            Assert.Equal(42, (await second.ReadAsync<NextValidId>()).OrderId);

            var result = await host.Completion;
            Assert.Null(result.Failure);
            Assert.True(result.Consumed);
            Assert.Equal(8, result.StepsPlayed);
        }
    }

    [Fact]
    public async Task A_binding_reused_in_the_second_leg_must_keep_its_value()
    {
        await using var host = ReplayHost.Start(ReplayClient.Parse(TwoLegs));

        var (first, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (first)
        {
            await first.SendAsync(Quote(5));
            await first.ReadAsync<TickPrice>();
            await first.AssertClosedAsync();
        }

        var (second, _) = await ReplayClient.ConnectAndHandshakeAsync(host.Address);
        await using (second)
        {
            await second.SendAsync(Quote(6));

            var failure = Assert.IsType<ReplayFailure>((await host.Completion).Failure);
            Assert.Equal(6, failure.Line);
            Assert.Equal("client req_quote: req_id: expected \"5\" (bound to $req1), got 6", failure.Reason);
        }
    }

    [Fact]
    public async Task Disposing_an_unfinished_host_completes_without_faulting()
    {
        var host = ReplayHost.Start(ReplayClient.Parse(Bootstrap));
        await host.DisposeAsync();

        var result = await host.Completion;
        Assert.False(result.Consumed);
        Assert.Equal(0, result.StepsPlayed);
        Assert.NotNull(result.Failure);
    }
}
