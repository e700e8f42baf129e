using System.Text.RegularExpressions;
using Ibkr.Grains.Configuration;

namespace Ibkr.Silo.Configuration;

/// <summary>Reads and validates every <c>Ibkr:Sessions:&lt;name&gt;</c> section.</summary>
internal static partial class GatewaySessionReader
{
    private static readonly string[] Keys =
        ["Host", "Port", "ClientId", "ReconnectBackoffMin", "ReconnectBackoffMax", "PacingMessagesPerSecond", "ConnectTimeout", "SingletonRequestTimeout"];

    public static IReadOnlyList<GatewaySessionOptions> Read(SettingsReader reader, IConfigurationSection sessions)
    {
        var result = new List<GatewaySessionOptions>();
        foreach (var section in sessions.GetChildren())
        {
            var prefix = $"Ibkr:Sessions:{section.Key}";
            var defaults = new GatewaySessionOptions();
            if (!SessionName().IsMatch(section.Key))
            {
                reader.Problem(prefix, $"'{section.Key}' is not a session name (letters, digits, '.', '_', '-')");
            }

            reader.OnlyKnown(prefix, Keys);
            var session = new GatewaySessionOptions
            {
                Name = section.Key,
                Host = reader.Text($"{prefix}:Host") ?? string.Empty,
                Port = reader.Port($"{prefix}:Port", defaults.Port),
                ClientId = reader.Int($"{prefix}:ClientId", defaults.ClientId, 0, int.MaxValue, "a client id"),
                ReconnectBackoffMin = reader.Duration($"{prefix}:ReconnectBackoffMin", defaults.ReconnectBackoffMin),
                ReconnectBackoffMax = reader.Duration($"{prefix}:ReconnectBackoffMax", defaults.ReconnectBackoffMax),
                PacingMessagesPerSecond = reader.Int($"{prefix}:PacingMessagesPerSecond", defaults.PacingMessagesPerSecond, 1, 50, "a message rate within the Gateway's limit"),
                ConnectTimeout = reader.Duration($"{prefix}:ConnectTimeout", defaults.ConnectTimeout),
                SingletonRequestTimeout = reader.Duration($"{prefix}:SingletonRequestTimeout", defaults.SingletonRequestTimeout),
            };

            if (session.Host.Length == 0)
            {
                reader.Problem($"{prefix}:Host", "is required (the Gateway's host name or address)");
            }

            if (session.ReconnectBackoffMax < session.ReconnectBackoffMin)
            {
                reader.Problem(
                    $"{prefix}:ReconnectBackoffMax",
                    $"'{session.ReconnectBackoffMax}' is shorter than ReconnectBackoffMin '{session.ReconnectBackoffMin}'");
            }

            var clash = result.FirstOrDefault(s =>
                string.Equals(s.Host, session.Host, StringComparison.OrdinalIgnoreCase) && s.Port == session.Port && s.ClientId == session.ClientId);
            if (clash is not null && session.Host.Length > 0)
            {
                reader.Problem(
                    $"{prefix}:ClientId",
                    $"'{session.ClientId}' is already used by session '{clash.Name}' on {session.Host}:{session.Port}; the Gateway allows one connection per client id");
            }

            result.Add(session);
        }

        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SessionName();
}
