using System.Globalization;
using Ibkr.Contracts.Accounts;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Reference;
using Wire = Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Mapping;

/// <summary>Reference data from the wire: news, advisor data, depth exchanges, display groups.</summary>
internal static class ReferenceMapping
{
    public static NewsProvider FromWire(Wire.NewsProvider p) => new() { Code = p.ProviderCode, Name = p.ProviderName };

    public static NewsHeadline FromWire(Wire.HistoricalNews n) => new() { Time = n.Time, ProviderCode = n.ProviderCode, ArticleId = n.ArticleId, Headline = n.Headline };

    public static NewsArticle FromWire(Wire.NewsArticle a) => new() { ArticleType = a.ArticleType, ArticleText = a.ArticleText };

    public static FamilyCode FromWire(Wire.FamilyCode c) => new() { AccountId = c.AccountId, Code = c.FamilyCodeStr };

    public static SoftDollarTier FromWire(Wire.SoftDollarTier t) => new() { Name = t.Name, Value = t.Value, DisplayName = t.DisplayName };

    public static DepthExchange FromWire(Wire.DepthMktDataDescription d) => new()
    {
        Exchange = d.Exchange,
        SecType = d.SecType,
        ListingExchange = d.ListingExch,
        ServiceDataType = d.ServiceDataType,
        AggregationGroup = d.AggGroup,
    };

    /// <summary>The group ids of DISPLAY_GROUP_LIST ("1|2|3"); empty when there are none.</summary>
    public static int[] DisplayGroupIds(Wire.DisplayGroupList list) =>
        list.Groups.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => int.Parse(id, NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToArray();
}
