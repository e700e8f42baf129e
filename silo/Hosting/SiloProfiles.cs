using System.Net;
using System.Net.Sockets;
using Ibkr.Silo.Configuration;
using Ibkr.Silo.Storage;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Ibkr.Silo.Hosting;

/// <summary>Clustering, grain storage and reminders for each <see cref="SiloProfile"/>.</summary>
internal static class SiloProfiles
{
    public static void Apply(ISiloBuilder silo, IbkrSiloOptions options)
    {
        if (options.Profile == SiloProfile.Embedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
            silo.AddSqliteGrainStorageAsDefault(storage =>
            {
                storage.DatabasePath = options.GrainStatePath;
                storage.DeleteStateOnClear = options.DeleteStateOnClear;
            });

            // One machine, one silo: reminders are re-registered by the grains that own them on activation.
            silo.UseInMemoryReminderService();
            return;
        }

        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ServiceId = options.ServiceId;
            cluster.ClusterId = options.ClusterId;
        });

        if (options.Profile == SiloProfile.Kubernetes)
        {
            // Kubernetes hosting advertises the pod IP and takes ServiceId/ClusterId from the pod's environment
            // when set there; only the ports come from here.
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.SiloPort = options.SiloPort;
                endpoints.GatewayPort = options.GatewayPort;
            });
            silo.UseKubernetesHosting();
        }
        else if (options.AdvertisedAddress is { } address)
        {
            silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }
        else
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
        }

        var redis = options.RedisConnectionString!;
        silo.UseRedisClustering(clustering => clustering.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.AddRedisGrainStorageAsDefault(storage =>
        {
            storage.ConfigurationOptions = ConfigurationOptions.Parse(redis);
            storage.DeleteStateOnClear = options.DeleteStateOnClear;
        });
        silo.UseRedisReminderService(reminders => reminders.ConfigurationOptions = ConfigurationOptions.Parse(redis));
    }
}
