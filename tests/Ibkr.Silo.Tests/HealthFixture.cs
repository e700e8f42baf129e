using System.Collections.Concurrent;
using Ibkr.Silo.Health;
using Microsoft.Extensions.DependencyInjection;

namespace Ibkr.Silo.Tests;

/// <summary>Session states a test sets directly, as the session grains will report them.</summary>
public sealed class SettableSessionHealth : ISessionHealthSource
{
    public ConcurrentDictionary<string, string> States { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<IReadOnlyDictionary<string, string>> GetSessionStatesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(States));
}

/// <summary>One embedded silo with HTTP on a loopback port, the Prometheus exporter on, and a settable session source.</summary>
public sealed class HealthFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private TestSilo? _silo;

    public SettableSessionHealth Sessions { get; } = new();

    public HttpClient Http { get; } = new();

    public IServiceProvider Services => _silo!.App.Services;

    public async ValueTask InitializeAsync()
    {
        var settings = TestSilo.Embedded(_data.Path);
        settings["Ibkr:Telemetry:Exporters"] = "prometheus";
        settings["Ibkr:Trading:Enabled"] = "true";
        settings["Ibkr:Sessions:paper:Host"] = "127.0.0.1";
        settings["Ibkr:Sessions:paper:Port"] = "4002";
        settings["Ibkr:Sessions:paper:ClientId"] = "3";
        _silo = await TestSilo.StartAsync(settings, services => services.AddSingleton<ISessionHealthSource>(Sessions));
        Http.BaseAddress = _silo.HttpAddress;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        _data.Dispose();
    }
}
