using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Ibkr.Silo.Storage;

/// <summary>Registers <see cref="SqliteGrainStorage"/> providers on a silo.</summary>
public static class SqliteGrainStorageExtensions
{
    /// <summary>Adds a SQLite grain storage provider named <paramref name="name"/>.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<SqliteGrainStorageOptions>(name).Configure(configure);
        services.AddTransient<IPostConfigureOptions<SqliteGrainStorageOptions>, DefaultStorageProviderSerializerOptionsConfigurator<SqliteGrainStorageOptions>>();
        services.AddGrainStorage(name, static (provider, storageName) => new SqliteGrainStorage(
            storageName,
            provider.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            provider.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(storageName),
            provider.GetRequiredService<IActivatorProvider>(),
            provider.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        return builder;
    }

    /// <summary>Adds a SQLite grain storage provider as the default one (grains that name no provider).</summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);
}
