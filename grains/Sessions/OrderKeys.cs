namespace Ibkr.Grains.Sessions;

/// <summary>
/// Order grain keys: <c>{session}/{order ref}</c>, so two sessions (two accounts) never share an order. Orders seen
/// without an order ref (placed from TWS or another client) get the ref <c>perm:{perm id}</c>.
/// </summary>
public static class OrderKeys
{
    /// <summary>The order grain key of <paramref name="orderRef"/> on <paramref name="session"/>.</summary>
    public static string Of(string session, string orderRef) => $"{session}/{orderRef}";

    /// <summary>The order ref given to an order seen without one.</summary>
    public static string ForPermId(long permId) => $"perm:{permId}";

    /// <summary>Splits a key into session and order ref.</summary>
    public static (string Session, string OrderRef) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? (string.Empty, key) : (key[..slash], key[(slash + 1)..]);
    }
}
