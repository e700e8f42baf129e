using Ibkr.Grains.Configuration;
using Ibkr.Silo.Configuration;
using Microsoft.Extensions.Configuration;

namespace Ibkr.Silo.Tests;

/// <summary>Reading and validating the Ibkr configuration: defaults, and one clear line per bad value.</summary>
public sealed class ConfigurationTests
{
    private static IbkrSiloConfiguration Read(params (string Key, string Value)[] settings) =>
        IbkrSiloConfiguration.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) =>
        Assert.Throws<SiloConfigurationException>(() => Read(settings)).Problems;

    [Fact]
    public void No_configuration_is_the_embedded_profile_with_trading_off()
    {
        var configuration = Read();

        Assert.Equal(SiloProfile.Embedded, configuration.Silo.Profile);
        Assert.Equal("ibkr", configuration.Silo.ServiceId);
        Assert.Equal(11111, configuration.Silo.SiloPort);
        Assert.Equal(30000, configuration.Silo.GatewayPort);
        Assert.EndsWith("ibkr-orleans", configuration.Silo.DataDirectory, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(configuration.Silo.DataDirectory));
        Assert.False(configuration.Trading.Enabled);
        Assert.Equal(TelemetryExporters.None, configuration.Telemetry.Exporters);
        Assert.Empty(configuration.Sessions);
    }

    [Fact]
    public void The_shipped_appsettings_file_is_valid_and_matches_the_defaults()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

        var configuration = IbkrSiloConfiguration.Read(shipped);

        Assert.Equal(Read().Silo.ServiceId, configuration.Silo.ServiceId);
        Assert.Equal(Read().Silo.HttpUrls, configuration.Silo.HttpUrls);
        Assert.Equal(SiloProfile.Embedded, configuration.Silo.Profile);
        Assert.False(configuration.Trading.Enabled);
    }

    [Fact]
    public void An_unknown_profile_is_named_with_the_choices()
    {
        Assert.Equal(["Ibkr:Profile: 'clustr' is not a profile (embedded, cluster, kubernetes)"], Problems(("Ibkr:Profile", "clustr")));
    }

    [Fact]
    public void Bad_ports_name_the_key_and_the_value()
    {
        Assert.Equal(
            [
                "Ibkr:Orleans:SiloPort: '70000' is not a port (1-65535)",
                "Ibkr:Orleans:GatewayPort: 'abc' is not a port, or 0 for none (0-65535)",
            ],
            Problems(("Ibkr:Orleans:SiloPort", "70000"), ("Ibkr:Orleans:GatewayPort", "abc")));
    }

    [Fact]
    public void The_cluster_profile_without_redis_says_what_to_set()
    {
        Assert.Equal(
            ["Ibkr:Redis:ConnectionString: is required by the 'cluster' profile (for example localhost:6379)"],
            Problems(("Ibkr:Profile", "cluster")));
    }

    [Fact]
    public void The_cluster_profile_reads_redis_and_the_advertised_address()
    {
        var configuration = Read(("Ibkr:Profile", "Cluster"), ("Ibkr:Redis:ConnectionString", "localhost:6379"), ("Ibkr:Orleans:AdvertisedAddress", "10.1.2.3"));

        Assert.Equal(SiloProfile.Cluster, configuration.Silo.Profile);
        Assert.Equal("localhost:6379", configuration.Silo.RedisConnectionString);
        Assert.Equal(System.Net.IPAddress.Parse("10.1.2.3"), configuration.Silo.AdvertisedAddress);
    }

    [Fact]
    public void The_kubernetes_profile_outside_a_pod_is_refused()
    {
        Assert.SkipWhen(
            Environment.GetEnvironmentVariable(IbkrSiloConfiguration.KubernetesServiceHostVariable) is not null,
            "running inside Kubernetes");

        Assert.Equal(
            ["Ibkr:Profile: 'kubernetes' runs only inside a Kubernetes pod (KUBERNETES_SERVICE_HOST is not set); use 'cluster' with Redis elsewhere"],
            Problems(("Ibkr:Profile", "kubernetes"), ("Ibkr:Redis:ConnectionString", "redis:6379")));
    }

    [Fact]
    public void Sessions_are_read_with_their_defaults_and_units()
    {
        var configuration = Read(
            ("Ibkr:Sessions:paper:Host", "127.0.0.1"),
            ("Ibkr:Sessions:paper:ClientId", "7"),
            ("Ibkr:Sessions:paper:ReconnectBackoffMin", "250ms"),
            ("Ibkr:Sessions:paper:ReconnectBackoffMax", "00:02:00"),
            ("Ibkr:Sessions:live:Host", "gateway.internal"),
            ("Ibkr:Sessions:live:Port", "4001"),
            ("Ibkr:Sessions:live:PacingMessagesPerSecond", "40"),
            ("Ibkr:Sessions:live:ConnectTimeout", "3s"),
            ("Ibkr:Sessions:live:SingletonRequestTimeout", "5s"));

        var paper = Assert.Single(configuration.Sessions, s => s.Name == "paper");
        Assert.Equal(4002, paper.Port);
        Assert.Equal(7, paper.ClientId);
        Assert.Equal(TimeSpan.FromMilliseconds(250), paper.ReconnectBackoffMin);
        Assert.Equal(TimeSpan.FromMinutes(2), paper.ReconnectBackoffMax);
        Assert.Equal(50, paper.PacingMessagesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(15), paper.SingletonRequestTimeout);
        var live = Assert.Single(configuration.Sessions, s => s.Name == "live");
        Assert.Equal(TimeSpan.FromSeconds(5), live.SingletonRequestTimeout);
        var leg = live.ToLegOptions();
        Assert.Equal(("gateway.internal", 4001, 40, TimeSpan.FromSeconds(3)), (leg.Host, leg.Port, leg.Pacing.MessagesPerSecond, leg.ConnectTimeout));
        Assert.Same(live, new GatewaySessionCatalog(configuration.Sessions).Find("LIVE"));
    }

    [Fact]
    public void Bad_sessions_are_each_named_by_key()
    {
        var problems = Problems(
            ("Ibkr:Sessions:paper:Port", "0"),
            ("Ibkr:Sessions:paper:Prot", "4002"),
            ("Ibkr:Sessions:live:Host", "gw"),
            ("Ibkr:Sessions:live:ReconnectBackoffMin", "10s"),
            ("Ibkr:Sessions:live:ReconnectBackoffMax", "5s"),
            ("Ibkr:Sessions:live:PacingMessagesPerSecond", "80"),
            ("Ibkr:Sessions:live:ConnectTimeout", "soon"),
            ("Ibkr:Sessions:copy:Host", "gw"),
            ("Ibkr:Sessions:copy:Port", "4002"));

        Assert.Equal(
            [
                "Ibkr:Sessions:live:PacingMessagesPerSecond: '80' is not a message rate within the Gateway's limit (1-50)",
                "Ibkr:Sessions:live:ConnectTimeout: 'soon' is not a positive duration (for example 00:00:05, 500ms, 5s, 1m)",
                "Ibkr:Sessions:live:ReconnectBackoffMax: '00:00:05' is shorter than ReconnectBackoffMin '00:00:10'",
                "Ibkr:Sessions:live:ClientId: '0' is already used by session 'copy' on gw:4002; the Gateway allows one connection per client id",
                "Ibkr:Sessions:paper:Prot: is not a setting here (known: Host, Port, ClientId, ReconnectBackoffMin, ReconnectBackoffMax, PacingMessagesPerSecond, ConnectTimeout, SingletonRequestTimeout)",
                "Ibkr:Sessions:paper:Port: '0' is not a port (1-65535)",
                "Ibkr:Sessions:paper:Host: is required (the Gateway's host name or address)",
            ],
            problems);
    }

    [Fact]
    public void Telemetry_exporters_are_a_comma_separated_list()
    {
        var configuration = Read(("Ibkr:Telemetry:Exporters", "otlp, Prometheus"), ("Ibkr:Telemetry:OtlpEndpoint", "http://collector:4317"));

        Assert.Equal(TelemetryExporters.Otlp | TelemetryExporters.Prometheus, configuration.Telemetry.Exporters);
        Assert.Equal(new Uri("http://collector:4317"), configuration.Telemetry.OtlpEndpoint);
        Assert.Equal(
            ["Ibkr:Telemetry:Exporters: 'zipkin' is not an exporter (console, otlp, prometheus, none)"],
            Problems(("Ibkr:Telemetry:Exporters", "console,zipkin")));
    }

    [Fact]
    public void Trading_is_enabled_only_by_an_explicit_true()
    {
        Assert.True(Read(("Ibkr:Trading:Enabled", "true")).Trading.Enabled);
        Assert.Equal(["Ibkr:Trading:Enabled: 'yes' is not true or false"], Problems(("Ibkr:Trading:Enabled", "yes")));
    }
}
