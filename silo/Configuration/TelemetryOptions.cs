namespace Ibkr.Silo.Configuration;

/// <summary>Where traces and metrics go (<c>Ibkr:Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    /// <summary><c>Ibkr:Telemetry:Exporters</c>: comma-separated <c>console</c>, <c>otlp</c>, <c>prometheus</c>; none by default.</summary>
    public TelemetryExporters Exporters { get; set; }

    /// <summary><c>Ibkr:Telemetry:OtlpEndpoint</c>: the collector for the OTLP exporter (default: the exporter's own, localhost:4317).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Ibkr:Telemetry:ServiceName</c>: the OpenTelemetry <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "ibkr-silo";
}

/// <summary>The exporters <see cref="TelemetryOptions.Exporters"/> can turn on.</summary>
[Flags]
public enum TelemetryExporters
{
    None = 0,

    /// <summary>Spans and metrics written to standard output.</summary>
    Console = 1,

    /// <summary>OpenTelemetry protocol to a collector.</summary>
    Otlp = 2,

    /// <summary>Metrics scraped from <c>/metrics</c>.</summary>
    Prometheus = 4,
}
