using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transport;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>Readiness after START_API: MANAGED_ACCTS and NEXT_VALID_ID in any order, nothing lost.</summary>
public class BootstrapTests
{
    [Theory(Timeout = 30_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ready_in_either_order_and_early_messages_are_delivered_after_readiness(bool accountsFirst)
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(), cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);
        await server.HandshakeAsync(cancellationToken: ct);

        Message first = accountsFirst ? TestGateway.Accounts("DU9000001") : TestGateway.NextId(1001);
        Message second = accountsFirst ? TestGateway.NextId(1001) : TestGateway.Accounts("DU9000001");
        await server.SendAsync(ct, TestGateway.FarmStatus(2104, "Market data farm connection is OK:usfarm"));
        await server.SendAsync(ct, first);
        await server.SendAsync(ct, second, TestGateway.FarmStatus(2106, "HMDS data farm connection is OK:ushmds"));

        await using var leg = await connecting;
        Assert.Equal(["DU9000001"], leg.Session.ManagedAccounts);
        Assert.Equal(1001, leg.Session.NextValidOrderId);
        Assert.Equal(new ServerInfo(200, TestGateway.ConnectionTime), leg.Session.ServerInfo);

        await server.SendAsync(ct, TestGateway.FarmStatus(2158, "Sec-def data farm connection is OK:secdefnj"));
        var received = await LegAssert.ReadAsync(leg, 5, ct);
        Assert.Equal(2104, Assert.IsType<ApiError>(received[0]).Code);
        Assert.IsType(first.GetType(), received[1]);
        Assert.IsType(second.GetType(), received[2]);
        Assert.Equal(2106, Assert.IsType<ApiError>(received[3]).Code);
        Assert.Equal(2158, Assert.IsType<ApiError>(received[4]).Code);
    }

    [Fact(Timeout = 30_000)]
    public async Task Non_informational_errors_do_not_block_readiness()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(), cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);
        await server.HandshakeAsync(cancellationToken: ct);
        var error = new ApiError { ReqId = -1, Code = 1100, Message = "Connectivity between IB and TWS has been lost." };
        await server.SendAsync(ct, error, TestGateway.Accounts("DU1"), TestGateway.NextId(1));

        await using var leg = await connecting;
        var received = await LegAssert.ReadAsync(leg, 3, ct);
        Assert.Equal(1100, Assert.IsType<ApiError>(received[0]).Code);
    }

    [Fact(Timeout = 30_000)]
    public async Task Bootstrap_times_out_on_the_time_provider()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new ObservedTimeProvider();
        var bootstrapTimeout = TimeSpan.FromSeconds(7);
        using var gateway = new TestGateway();
        var options = gateway.Options();
        options.BootstrapTimeout = bootstrapTimeout;
        var connecting = GatewayLeg.ConnectAsync(options, time, ct);
        await using var server = await gateway.AcceptAsync(ct);
        await server.HandshakeAsync(cancellationToken: ct);
        await server.SendAsync(ct, TestGateway.FarmStatus(2104, "Market data farm connection is OK:usfarm"), TestGateway.NextId(1));

        await time.WaitForTimerAsync(bootstrapTimeout, ct);
        time.Advance(bootstrapTimeout);

        var ex = await Assert.ThrowsAsync<GatewayConnectException>(() => connecting);
        Assert.Equal(GatewayConnectFailure.BootstrapTimeout, ex.Reason);
        Assert.False(ex.IsFinal);
        Assert.Contains("no MANAGED_ACCTS", ex.Message, StringComparison.Ordinal);

        // The socket was closed: the server reads end of stream.
        await server.AssertClosedByClientAsync(ct);
    }

    [Fact(Timeout = 30_000)]
    public async Task Connection_closed_during_bootstrap_fails_with_the_errors_seen()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new TestGateway();
        var connecting = GatewayLeg.ConnectAsync(gateway.Options(), cancellationToken: ct);
        await using var server = await gateway.AcceptAsync(ct);
        await server.HandshakeAsync(cancellationToken: ct);
        await server.SendAsync(ct, new ApiError { ReqId = -1, Code = 326, Message = "Unable to connect as the client id is already in use." });
        server.Close();

        var ex = await Assert.ThrowsAsync<GatewayConnectException>(() => connecting);
        Assert.Equal(GatewayConnectFailure.BootstrapFailed, ex.Reason);
        Assert.Contains("326", ex.Message, StringComparison.Ordinal);
    }
}
