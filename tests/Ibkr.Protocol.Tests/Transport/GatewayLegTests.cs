using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transport;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>The connected leg: reader loop framing, malformed input, end reasons, the writer.</summary>
public class GatewayLegTests
{
    [Fact(Timeout = 30_000)]
    public async Task Several_frames_in_one_write_all_decode_in_order()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        await server.SendAsync(ct, TestGateway.Tick(1), TestGateway.Tick(2), TestGateway.Tick(3));

        var received = await LegAssert.ReadAsync(leg, 5, ct);
        Assert.IsType<ManagedAccounts>(received[0]);
        Assert.IsType<NextValidId>(received[1]);
        Assert.Equal([1, 2, 3], received.Skip(2).Select(m => Assert.IsType<TickSize>(m).ReqId));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_frame_dribbled_one_byte_per_write_decodes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        var frame = GatewayConnection.Frame("1|6|1001|1|189.10|300|3|");
        foreach (var b in frame)
        {
            await server.SendRawAsync([b], ct);
        }

        var tick = Assert.IsType<TickPrice>((await LegAssert.ReadAsync(leg, 3, ct))[2]);
        Assert.Equal(1001, tick.ReqId);
        Assert.Equal(189.10m, tick.Price);
        Assert.Equal(300m, tick.Size);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_zero_length_frame_ends_the_leg_after_earlier_messages()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        await server.SendRawAsync([.. GatewayConnection.Frame("2|6|7|8|100|"), 0, 0, 0, 0, .. GatewayConnection.Frame("2|6|8|8|100|")], ct);

        var end = await leg.Completion;
        Assert.Equal(LegEndReason.ProtocolError, end.Reason);
        Assert.Contains("zero-length frame", end.ProtocolError!.Message, StringComparison.Ordinal);
        var received = await LegAssert.ReadToEndAsync(leg, ct);
        Assert.Equal(3, received.Count);
        Assert.Equal(7, Assert.IsType<TickSize>(received[2]).ReqId);
        await server.AssertClosedByClientAsync(ct);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_over_limit_length_ends_the_leg_after_earlier_messages()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var options = gateway.Options();
        options.MaxFrameLength = 1024;
        var (leg, server) = await gateway.ConnectAsync(options, ct);
        await using var _ = server;
        await using var __ = leg;

        await server.SendRawAsync([.. GatewayConnection.Frame("2|6|7|8|100|"), 0x00, 0x00, 0x04, 0x01], ct);

        var end = await leg.Completion;
        Assert.Equal(LegEndReason.ProtocolError, end.Reason);
        Assert.Contains("frame length 1025 exceeds the limit of 1024 bytes", end.Error!.Message, StringComparison.Ordinal);
        var received = await LegAssert.ReadToEndAsync(leg, ct);
        Assert.Equal(7, Assert.IsType<TickSize>(Assert.Single(received.Skip(2))).ReqId);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_connection_closed_mid_frame_ends_the_leg_after_earlier_messages()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        var partial = GatewayConnection.Frame("1|6|1001|1|189.10|300|3|");
        await server.SendRawAsync([.. GatewayConnection.Frame("2|6|7|8|100|"), .. partial[..10]], ct);
        server.Close();

        var end = await leg.Completion;
        Assert.Equal(LegEndReason.RemoteClosed, end.Reason);
        Assert.Equal($"frame: connection closed mid-frame (10 of {partial.Length} bytes)", end.Error!.Message);
        var received = await LegAssert.ReadToEndAsync(leg, ct);
        Assert.Equal(7, Assert.IsType<TickSize>(Assert.Single(received.Skip(2))).ReqId);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_clean_remote_close_ends_the_leg_as_remote_closed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        await server.SendAsync(ct, TestGateway.Tick(9));
        server.Close();

        var end = await leg.Completion;
        Assert.Equal(new LegEnd(LegEndReason.RemoteClosed), end);
        Assert.Equal(9, Assert.IsType<TickSize>((await LegAssert.ReadToEndAsync(leg, ct)).Last()).ReqId);
        await Assert.ThrowsAsync<GatewayLegClosedException>(() => leg.SendAsync(new CancelMktData { ReqId = 1 }, ct).AsTask());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_malformed_payload_ends_the_leg_with_a_protocol_error()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        await server.SendRawAsync([.. GatewayConnection.Frame("2|6|7|8|100|"), .. GatewayConnection.Frame("2|6|x|8|100|")], ct);

        var end = await leg.Completion;
        Assert.Equal(LegEndReason.ProtocolError, end.Reason);
        Assert.Equal(2, end.ProtocolError!.MessageId);
        Assert.Equal(3, (await LegAssert.ReadToEndAsync(leg, ct)).Count);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_unknown_message_id_is_delivered_and_the_leg_continues()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;

        await server.SendRawAsync([.. GatewayConnection.Frame("999|a|b|"), .. GatewayConnection.Frame("2|6|7|8|100|")], ct);

        var received = await LegAssert.ReadAsync(leg, 4, ct);
        var unknown = Assert.IsType<UnknownMessage>(received[2]);
        Assert.Equal(999, unknown.Id);
        Assert.Equal(["a", "b"], unknown.Fields);
        Assert.Equal(7, Assert.IsType<TickSize>(received[3]).ReqId);
        Assert.False(leg.Completion.IsCompleted);

        // Still writing after the unknown frame.
        await leg.SendAsync(new CancelMktData { ReqId = 11 }, ct);
        Assert.Equal(11, Assert.IsType<CancelMktData>(await server.ReadAsync(ct)).ReqId);

        await leg.DisposeAsync();
        Assert.Equal(new LegEnd(LegEndReason.LocalClosed), await leg.Completion);
    }

    [Fact(Timeout = 30_000)]
    public async Task Dispose_closes_the_socket_as_local_closed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;

        await leg.DisposeAsync();

        Assert.Equal(new LegEnd(LegEndReason.LocalClosed), await leg.Completion);
        await server.AssertClosedByClientAsync(ct);
        Assert.Equal(2, (await LegAssert.ReadToEndAsync(leg, ct)).Count);
        var ex = await Assert.ThrowsAsync<GatewayLegClosedException>(() => leg.SendAsync(new CancelMktData { ReqId = 1 }, ct).AsTask());
        Assert.Equal(LegEndReason.LocalClosed, ex.End.Reason);
    }

    [Fact(Timeout = 30_000)]
    public async Task Server_messages_cannot_be_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        await Assert.ThrowsAsync<ArgumentException>(() => leg.SendAsync(TestGateway.Tick(1), ct).AsTask());
    }

    [Fact(Timeout = 30_000)]
    public async Task Writer_sends_in_order_and_counts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var (leg, server) = await gateway.ConnectAsync(gateway.Options(), ct);
        await using var _ = server;
        await using var __ = leg;

        for (var i = 0; i < 20; i++)
        {
            await leg.SendAsync(new CancelMktData { ReqId = i }, ct);
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(i, Assert.IsType<CancelMktData>(await server.ReadAsync(ct)).ReqId);
        }

        Assert.Equal(0, leg.PacingWaits);
    }

    [Fact(Timeout = 30_000)]
    public async Task Pacing_writes_5_then_5_after_a_second_then_2()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new ObservedTimeProvider();
        using var gateway = new TestGateway();
        var options = gateway.Options();
        options.Pacing.MessagesPerSecond = 5;
        var (leg, server) = await gateway.ConnectAsync(options, ct, time);
        await using var _ = server;
        await using var __ = leg;

        for (var i = 0; i < 12; i++)
        {
            await leg.SendAsync(new CancelMktData { ReqId = i }, ct);
        }

        await ExpectAsync(server, 0, 5, ct);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1), ct);
        Assert.False(server.HasUnreadBytes());
        Assert.Equal(5, leg.MessagesSent);

        time.Advance(TimeSpan.FromSeconds(1));
        await ExpectAsync(server, 5, 5, ct);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1), ct);
        Assert.False(server.HasUnreadBytes());

        time.Advance(TimeSpan.FromSeconds(1));
        await ExpectAsync(server, 10, 2, ct);
        Assert.Equal(2, leg.PacingWaits);
        Assert.Equal(TimeSpan.FromSeconds(2), leg.PacingDelay);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_gateway_that_stops_reading_ends_the_leg_with_a_write_timeout()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new ObservedTimeProvider();
        var writeTimeout = TimeSpan.FromSeconds(5);
        using var gateway = new TestGateway();
        var options = gateway.Options();
        options.WriteTimeout = writeTimeout;
        options.Pacing.MessagesPerSecond = 1_000;
        var (leg, server) = await gateway.ConnectAsync(options, ct, time);
        await using var _ = server;
        await using var __ = leg;

        // The server reads nothing: 16 MiB cannot fit in the socket buffers, so a flush stays pending.
        server.LimitReceiveBuffer();
        var big = new string('x', 1024 * 1024);
        for (var i = 0; i < 16; i++)
        {
            await leg.SendAsync(new UnknownMessage(Direction.Client, 9000, [big]), ct);
        }

        await time.WaitForTimerAsync(writeTimeout, ct);
        time.Advance(writeTimeout);

        var end = await leg.Completion;
        Assert.Equal(LegEndReason.Timeout, end.Reason);
        Assert.IsType<TimeoutException>(end.Error);
    }

    private static async Task ExpectAsync(GatewayConnection server, int first, int count, CancellationToken ct)
    {
        for (var i = first; i < first + count; i++)
        {
            Assert.Equal(i, Assert.IsType<CancelMktData>(await server.ReadAsync(ct)).ReqId);
        }
    }
}
