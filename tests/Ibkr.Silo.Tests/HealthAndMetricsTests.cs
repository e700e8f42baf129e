using System.Net;
using System.Text.Json;
using Ibkr.Grains.Configuration;
using Ibkr.Protocol.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ibkr.Silo.Tests;

/// <summary>/healthz and /metrics over real HTTP on a loopback port.</summary>
public sealed class HealthAndMetricsTests(HealthFixture fixture) : IClassFixture<HealthFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync()
    {
        using var response = await fixture.Http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        return (response.StatusCode, body);
    }

    [Fact]
    public async Task Healthz_is_200_with_every_session_state_when_all_are_ready()
    {
        fixture.Sessions.States.Clear();
        fixture.Sessions.States["paper"] = "Ready";
        fixture.Sessions.States["live"] = "Ready";

        var (status, body) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("Active", body.GetProperty("silo").GetProperty("status").GetString());
        Assert.Equal("embedded", body.GetProperty("silo").GetProperty("profile").GetString());
        Assert.Equal("Ready", body.GetProperty("sessions").GetProperty("paper").GetString());
        Assert.Equal("Ready", body.GetProperty("sessions").GetProperty("live").GetString());
        Assert.Equal(0, body.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Healthz_is_503_naming_the_session_that_is_not_ready()
    {
        fixture.Sessions.States.Clear();
        fixture.Sessions.States["paper"] = "Ready";
        fixture.Sessions.States["live"] = "Reconnecting";

        var (status, body) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Reconnecting", body.GetProperty("sessions").GetProperty("live").GetString());
        Assert.Equal(["session 'live' is Reconnecting, not Ready"], body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Metrics_expose_the_ibkr_instruments_in_prometheus_format()
    {
        IbkrTelemetry.Reconnects.Add(3, new KeyValuePair<string, object?>(IbkrTelemetry.Tags.Session, "metrics-test"));

        using var response = await fixture.Http.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(text.Split('\n'), l => l.StartsWith("ibkr_reconnects", StringComparison.Ordinal) && l.Contains("metrics-test", StringComparison.Ordinal));
        // name{labels} value [timestamp]
        Assert.Equal("3", line[(line.LastIndexOf('}') + 2)..].Split(' ')[0]);
        Assert.Contains("# TYPE ibkr_reconnects_total counter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_ibkr_instrument_is_exported_under_its_documented_name()
    {
        var session = new KeyValuePair<string, object?>(IbkrTelemetry.Tags.Session, "names-test");
        IbkrTelemetry.LegsOpened.Add(1, session);
        IbkrTelemetry.LegsEnded.Add(1, session, new(IbkrTelemetry.Tags.Reason, "RemoteClosed"));
        IbkrTelemetry.MessagesIn.Add(1, session, new(IbkrTelemetry.Tags.Message, "TickPrice"));
        IbkrTelemetry.MessagesOut.Add(1, session, new(IbkrTelemetry.Tags.Message, "ReqMktData"));
        IbkrTelemetry.DecodeErrors.Add(1, session);
        IbkrTelemetry.PacingWait.Record(0.02, session);
        IbkrTelemetry.OrderTransitions.Add(1, session, new(IbkrTelemetry.Tags.From, "Submitted"), new(IbkrTelemetry.Tags.To, "Filled"));
        IbkrTelemetry.Fills.Add(1, session);
        IbkrTelemetry.SubscriptionFanOut.Record(4, new KeyValuePair<string, object?>(IbkrTelemetry.Tags.Kind, "quotes"));

        var text = await fixture.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        // The names docs/operations.md lists.
        string[] documented =
        [
            "ibkr_legs_opened_total", "ibkr_legs_ended_total", "ibkr_messages_in_total", "ibkr_messages_out_total",
            "ibkr_decode_errors_total", "ibkr_pacing_wait_seconds", "ibkr_order_transitions_total", "ibkr_fills_total",
            "ibkr_subscription_fanout",
        ];
        Assert.All(documented, name => Assert.Contains($"# TYPE {name} ", text, StringComparison.Ordinal));
        Assert.Contains(
            "ibkr_order_transitions_total{otel_scope_name=\"Ibkr.Orleans\",ibkr_order_from=\"Submitted\",ibkr_order_to=\"Filled\",ibkr_session=\"names-test\"} 1",
            text,
            StringComparison.Ordinal);

        // Pacing waits are fractions of a second: the buckets are too.
        Assert.Contains("ibkr_pacing_wait_seconds_bucket{otel_scope_name=\"Ibkr.Orleans\",ibkr_session=\"names-test\",le=\"0.01\"} 0", text, StringComparison.Ordinal);
        Assert.Contains("ibkr_pacing_wait_seconds_bucket{otel_scope_name=\"Ibkr.Orleans\",ibkr_session=\"names-test\",le=\"0.02\"} 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_the_grains_read_are_registered_from_configuration()
    {
        Assert.True(fixture.Services.GetRequiredService<IOptions<TradingOptions>>().Value.Enabled);
        var paper = fixture.Services.GetRequiredService<IOptionsMonitor<GatewaySessionOptions>>().Get("paper");
        Assert.Equal(("paper", "127.0.0.1", 4002, 3), (paper.Name, paper.Host, paper.Port, paper.ClientId));
        Assert.Equal("paper", Assert.Single(fixture.Services.GetRequiredService<GatewaySessionCatalog>().Sessions).Name);
    }
}
