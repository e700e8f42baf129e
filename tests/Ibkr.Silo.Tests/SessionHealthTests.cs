using System.Text.Json;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;
using Ibkr.Protocol.Transcripts;
using Ibkr.TestHost;

namespace Ibkr.Silo.Tests;

/// <summary>A configured session starts with the silo, connects to its gateway and shows in /healthz.</summary>
public sealed class SessionHealthTests
{
    private const string Bootstrap = """
        handshake {"server_version":200,"connection_time":"20260406 09:25:01 US/Eastern"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}
        client req_current_time {}
        server current_time {"time":"1775481901"}
        """;

    [Fact]
    public async Task A_configured_session_connects_at_startup_and_healthz_reports_it_ready()
    {
        var parsed = TranscriptParser.Parse("bootstrap.txt", Bootstrap);
        Assert.True(parsed.Ok);
        await using var gateway = ReplayHost.Start(parsed.Transcript);
        using var data = new TempDirectory();
        var settings = TestSilo.Embedded(data.Path);
        settings["Ibkr:Sessions:paper:Host"] = "127.0.0.1";
        settings["Ibkr:Sessions:paper:Port"] = gateway.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Ibkr:Sessions:paper:ClientId"] = "5";
        await using var silo = await TestSilo.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = silo.HttpAddress };

        // No client call started the session: the silo did. The script holds the connection open until the
        // current-time request, so /healthz is read while the session is connected.
        var session = silo.Grains.GetGrain<IGatewaySessionGrain>("paper");
        var ready = await session.WaitReadyAsync(TimeSpan.FromSeconds(60));
        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(text);
        var outcome = await session.RequestAsync(new Contracts.Requests.CurrentTimeQuery());

        Assert.Equal((SessionStatus.Ready, 1L, 5), (ready.Status, ready.ConnectionSeq, ready.ClientId));
        Assert.NotNull(outcome.Result);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, text);
        Assert.Equal("Ready", body.RootElement.GetProperty("sessions").GetProperty("paper").GetString());
        Assert.True((await gateway.Completion.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)).Consumed);
    }
}
