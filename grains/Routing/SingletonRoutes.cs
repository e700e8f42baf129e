using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Routing;

/// <summary>
/// Replies that carry no request id, and the route each belongs to: the Gateway allows one such request of a kind
/// at a time, so the kind names the flow waiting for it.
/// </summary>
internal static class SingletonRoutes
{
    public const string Positions = "positions";
    public const string AccountUpdates = "account_updates";
    public const string NewsBulletins = "news_bulletins";
    public const string CurrentTime = "current_time";
    public const string OpenOrders = "open_orders";
    public const string CompletedOrders = "completed_orders";
    public const string FamilyCodes = "family_codes";
    public const string NewsProviders = "news_providers";
    public const string ScannerParameters = "scanner_parameters";
    public const string DepthExchanges = "depth_exchanges";
    /// <summary>The route for a market rule reply: one per rule id.</summary>
    public static string MarketRule(int id) => $"market_rule:{id}";

    /// <summary>The route for an FA configuration reply: one per data type (groups, aliases).</summary>
    public static string FaConfig(int dataType) => $"fa_config:{dataType}";

    /// <summary>The route of a message without a request id, or null when it has none.</summary>
    public static string? Of(Message message) => message switch
    {
        Position or PositionEnd => Positions,
        AccountValue or PortfolioValue or AccountUpdateTime or AccountDownloadEnd => AccountUpdates,
        NewsBulletin => NewsBulletins,
        Ibkr.Protocol.Messages.Inbound.CurrentTime or CurrentTimeInMillis => CurrentTime,
        Ibkr.Protocol.Messages.Inbound.MarketRule r => MarketRule(r.MarketRuleId),
        OpenOrder or OrderStatus or OpenOrderEnd => OpenOrders,
        CompletedOrder or CompletedOrdersEnd => CompletedOrders,
        Ibkr.Protocol.Messages.Inbound.FamilyCodes => FamilyCodes,
        Ibkr.Protocol.Messages.Inbound.NewsProviders => NewsProviders,
        Ibkr.Protocol.Messages.Inbound.ScannerParameters => ScannerParameters,
        MktDepthExchanges => DepthExchanges,
        ReceiveFa r => FaConfig(r.FaDataType),
        _ => null,
    };
}
