using Ibkr.Protocol.Telemetry;
using Ibkr.Silo.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ibkr.Silo.Telemetry;

/// <summary>
/// OpenTelemetry for the silo: the Orleans activity sources and meter plus <see cref="IbkrTelemetry"/>, exported
/// to the exporters <see cref="TelemetryOptions.Exporters"/> names.
/// </summary>
public static class IbkrTelemetryRegistration
{
    /// <summary>The ActivitySources Orleans emits (grain calls need <c>AddActivityPropagation</c> on the silo).</summary>
    public static readonly IReadOnlyList<string> OrleansActivitySources =
    [
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Application",
        "Microsoft.Orleans.Lifecycle",
        "Microsoft.Orleans.Storage",
    ];

    /// <summary>The Meter Orleans emits.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Registers tracing and metrics with the configured exporters.</summary>
    public static IServiceCollection AddIbkrTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exporters = options.Exporters;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource([.. OrleansActivitySources, IbkrTelemetry.Name]);
                if (exporters.HasFlag(TelemetryExporters.Console))
                {
                    tracing.AddConsoleExporter();
                }

                if (exporters.HasFlag(TelemetryExporters.Otlp))
                {
                    tracing.AddOtlpExporter(otlp => otlp.Endpoint = options.OtlpEndpoint ?? otlp.Endpoint);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(OrleansMeter, IbkrTelemetry.Name).AddRuntimeInstrumentation();
                if (exporters.HasFlag(TelemetryExporters.Console))
                {
                    metrics.AddConsoleExporter();
                }

                if (exporters.HasFlag(TelemetryExporters.Otlp))
                {
                    metrics.AddOtlpExporter(otlp => otlp.Endpoint = options.OtlpEndpoint ?? otlp.Endpoint);
                }

                if (exporters.HasFlag(TelemetryExporters.Prometheus))
                {
                    // Scrapes see the current values: no response cache between scrapes.
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        return services;
    }
}
