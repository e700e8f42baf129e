using Ibkr.Grains.Configuration;
namespace Ibkr.Silo.Configuration;

/// <summary>
/// Everything the silo reads from configuration (section <c>Ibkr</c>), read and validated in one place before
/// anything starts. <see cref="Read"/> either returns valid settings or throws one
/// <see cref="SiloConfigurationException"/> listing every problem.
/// </summary>
public sealed record IbkrSiloConfiguration(
    IbkrSiloOptions Silo,
    TradingOptions Trading,
    TelemetryOptions Telemetry,
    IReadOnlyList<GatewaySessionOptions> Sessions)
{
    /// <summary>The configuration section that holds every setting.</summary>
    public const string Section = "Ibkr";

    /// <summary>The environment variable Kubernetes sets in every pod; the kubernetes profile requires it.</summary>
    public const string KubernetesServiceHostVariable = "KUBERNETES_SERVICE_HOST";

    /// <summary>Reads and validates the settings.</summary>
    /// <exception cref="SiloConfigurationException">One or more settings are invalid; each is listed.</exception>
    public static IbkrSiloConfiguration Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var reader = new SettingsReader(configuration);
        var silo = ReadSilo(reader);
        var trading = new TradingOptions { Enabled = reader.Bool("Ibkr:Trading:Enabled", false) };
        var telemetry = ReadTelemetry(reader);
        var sessions = GatewaySessionReader.Read(reader, configuration.GetSection("Ibkr:Sessions"));
        if (reader.Problems.Count > 0)
        {
            throw new SiloConfigurationException(reader.Problems);
        }

        return new IbkrSiloConfiguration(silo, trading, telemetry, sessions);
    }

    private static IbkrSiloOptions ReadSilo(SettingsReader reader)
    {
        var defaults = new IbkrSiloOptions();
        reader.OnlyKnown("Ibkr:Orleans", "ServiceId", "ClusterId", "SiloPort", "GatewayPort", "AdvertisedAddress");
        reader.OnlyKnown("Ibkr:Redis", "ConnectionString");
        reader.OnlyKnown("Ibkr:Storage", "DeleteStateOnClear");
        reader.OnlyKnown("Ibkr:Http", "Urls");
        reader.OnlyKnown("Ibkr:Health", "Timeout");
        var options = new IbkrSiloOptions
        {
            Profile = ReadProfile(reader),
            ServiceId = reader.Text("Ibkr:Orleans:ServiceId", defaults.ServiceId),
            ClusterId = reader.Text("Ibkr:Orleans:ClusterId", defaults.ClusterId),
            SiloPort = reader.Port("Ibkr:Orleans:SiloPort", defaults.SiloPort),
            GatewayPort = reader.Port("Ibkr:Orleans:GatewayPort", defaults.GatewayPort, zeroDisables: true),
            RedisConnectionString = reader.Text("Ibkr:Redis:ConnectionString"),
            DeleteStateOnClear = reader.Bool("Ibkr:Storage:DeleteStateOnClear", defaults.DeleteStateOnClear),
            HttpUrls = reader.Text("Ibkr:Http:Urls", defaults.HttpUrls),
            HealthTimeout = reader.Duration("Ibkr:Health:Timeout", defaults.HealthTimeout),
        };

        if (options.SiloPort == options.GatewayPort)
        {
            reader.Problem("Ibkr:Orleans:GatewayPort", $"'{options.GatewayPort}' is also the silo port; they must differ");
        }

        var advertised = reader.Text("Ibkr:Orleans:AdvertisedAddress");
        if (advertised is not null)
        {
            if (System.Net.IPAddress.TryParse(advertised, out var address))
            {
                options.AdvertisedAddress = address;
            }
            else
            {
                reader.Problem("Ibkr:Orleans:AdvertisedAddress", $"'{advertised}' is not an IP address");
            }
        }

        foreach (var url in options.HttpUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                reader.Problem("Ibkr:Http:Urls", $"'{url}' is not an http:// or https:// URL");
            }
        }

        if (options.Profile == SiloProfile.Embedded)
        {
            options.DataDirectory = ReadDataDirectory(reader);
        }
        else
        {
            CheckRedis(reader, options);
        }

        if (options.Profile == SiloProfile.Kubernetes && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KubernetesServiceHostVariable)))
        {
            reader.Problem(
                "Ibkr:Profile",
                $"'kubernetes' runs only inside a Kubernetes pod ({KubernetesServiceHostVariable} is not set); use 'cluster' with Redis elsewhere");
        }

        return options;
    }

    private static SiloProfile ReadProfile(SettingsReader reader)
    {
        var value = reader.Text("Ibkr:Profile");
        switch (value?.ToLowerInvariant())
        {
            case null or "embedded":
                return SiloProfile.Embedded;
            case "cluster":
                return SiloProfile.Cluster;
            case "kubernetes":
                return SiloProfile.Kubernetes;
            default:
                reader.Problem("Ibkr:Profile", $"'{value}' is not a profile (embedded, cluster, kubernetes)");
                return SiloProfile.Embedded;
        }
    }

    private static string ReadDataDirectory(SettingsReader reader)
    {
        var configured = reader.Text("Ibkr:DataDirectory");
        if (configured is not null)
        {
            return Path.GetFullPath(configured);
        }

        var perUser = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(perUser))
        {
            reader.Problem("Ibkr:DataDirectory", "is not set and this user has no local application data folder; set it");
            return string.Empty;
        }

        return Path.Combine(perUser, "ibkr-orleans");
    }

    private static void CheckRedis(SettingsReader reader, IbkrSiloOptions options)
    {
        var profile = options.Profile.ToString().ToLowerInvariant();
        if (options.RedisConnectionString is null)
        {
            reader.Problem("Ibkr:Redis:ConnectionString", $"is required by the '{profile}' profile (for example localhost:6379)");
            return;
        }

        try
        {
            StackExchange.Redis.ConfigurationOptions.Parse(options.RedisConnectionString);
        }
        catch (ArgumentException exception)
        {
            reader.Problem("Ibkr:Redis:ConnectionString", $"'{options.RedisConnectionString}' is not a Redis connection string: {exception.Message}");
        }
    }

    private static TelemetryOptions ReadTelemetry(SettingsReader reader)
    {
        reader.OnlyKnown("Ibkr:Telemetry", "Exporters", "OtlpEndpoint", "ServiceName");
        var telemetry = new TelemetryOptions { ServiceName = reader.Text("Ibkr:Telemetry:ServiceName", new TelemetryOptions().ServiceName) };
        foreach (var name in (reader.Text("Ibkr:Telemetry:Exporters") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            telemetry.Exporters |= name.ToLowerInvariant() switch
            {
                "console" => TelemetryExporters.Console,
                "otlp" => TelemetryExporters.Otlp,
                "prometheus" => TelemetryExporters.Prometheus,
                "none" => TelemetryExporters.None,
                _ => Unknown(name),
            };
        }

        var endpoint = reader.Text("Ibkr:Telemetry:OtlpEndpoint");
        if (endpoint is not null)
        {
            if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                telemetry.OtlpEndpoint = uri;
            }
            else
            {
                reader.Problem("Ibkr:Telemetry:OtlpEndpoint", $"'{endpoint}' is not an absolute http:// or https:// URL");
            }
        }

        return telemetry;

        TelemetryExporters Unknown(string name)
        {
            reader.Problem("Ibkr:Telemetry:Exporters", $"'{name}' is not an exporter (console, otlp, prometheus, none)");
            return TelemetryExporters.None;
        }
    }
}
