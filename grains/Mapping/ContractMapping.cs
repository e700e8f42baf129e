using Ibkr.Contracts.Instruments;
using Wire = Ibkr.Protocol.Messages.Common;

namespace Ibkr.Grains.Mapping;

/// <summary>Contracts between the public model and the wire (contract ids are 32-bit on the wire).</summary>
internal static class ContractMapping
{
    public static Wire.Contract ToWire(Contract c) => new()
    {
        ConId = checked((int)c.ConId),
        Symbol = c.Symbol,
        SecType = c.SecType,
        LastTradeDateOrContractMonth = c.LastTradeDateOrContractMonth,
        Strike = c.Strike,
        Right = c.Right,
        Multiplier = c.Multiplier,
        Exchange = c.Exchange,
        PrimaryExchange = c.PrimaryExchange,
        Currency = c.Currency,
        LocalSymbol = c.LocalSymbol,
        TradingClass = c.TradingClass,
        IncludeExpired = c.IncludeExpired,
        SecIdType = c.SecIdType,
        SecId = c.SecId,
        Description = c.Description,
        IssuerId = c.IssuerId,
        ComboLegsDescription = c.ComboLegsDescription,
        ComboLegs = c.ComboLegs.Select(l => new Wire.ComboLeg
        {
            ConId = checked((int)l.ConId),
            Ratio = l.Ratio,
            Action = l.Action,
            Exchange = l.Exchange,
            OpenClose = l.OpenClose,
            ShortSaleSlot = l.ShortSaleSlot,
            DesignatedLocation = l.DesignatedLocation,
            ExemptCode = l.ExemptCode,
        }).ToList(),
        DeltaNeutral = c.DeltaNeutral is { } d ? new Wire.DeltaNeutralContract { ConId = checked((int)d.ConId), Delta = d.Delta, Price = d.Price } : null,
    };

    public static Contract FromWire(Wire.Contract c) => new()
    {
        ConId = c.ConId,
        Symbol = c.Symbol,
        SecType = c.SecType,
        LastTradeDateOrContractMonth = c.LastTradeDateOrContractMonth,
        Strike = c.Strike,
        Right = c.Right,
        Multiplier = c.Multiplier,
        Exchange = c.Exchange,
        PrimaryExchange = c.PrimaryExchange,
        Currency = c.Currency,
        LocalSymbol = c.LocalSymbol,
        TradingClass = c.TradingClass,
        IncludeExpired = c.IncludeExpired,
        SecIdType = c.SecIdType,
        SecId = c.SecId,
        Description = c.Description,
        IssuerId = c.IssuerId,
        ComboLegsDescription = c.ComboLegsDescription,
        ComboLegs = c.ComboLegs.Select(l => new ComboLeg
        {
            ConId = l.ConId,
            Ratio = l.Ratio,
            Action = l.Action,
            Exchange = l.Exchange,
            OpenClose = l.OpenClose,
            ShortSaleSlot = l.ShortSaleSlot,
            DesignatedLocation = l.DesignatedLocation,
            ExemptCode = l.ExemptCode,
        }).ToArray(),
        DeltaNeutral = c.DeltaNeutral is { } d ? new DeltaNeutralUnderlying { ConId = d.ConId, Delta = d.Delta, Price = d.Price } : null,
    };

    public static ContractDetails FromWire(Wire.ContractDetails d, bool bond) => new()
    {
        Contract = FromWire(d.Contract),
        MarketName = d.MarketName,
        MinTick = d.MinTick,
        OrderTypes = d.OrderTypes,
        ValidExchanges = d.ValidExchanges,
        PriceMagnifier = d.PriceMagnifier,
        UnderConId = d.UnderConId,
        LongName = d.LongName,
        ContractMonth = d.ContractMonth,
        Industry = d.Industry,
        Category = d.Category,
        Subcategory = d.Subcategory,
        TimeZoneId = d.TimeZoneId,
        TradingHours = d.TradingHours,
        LiquidHours = d.LiquidHours,
        UnderSymbol = d.UnderSymbol,
        UnderSecType = d.UnderSecType,
        MarketRuleIds = d.MarketRuleIds,
        RealExpirationDate = d.RealExpirationDate,
        StockType = d.StockType,
        MinSize = d.MinSize,
        SizeIncrement = d.SizeIncrement,
        SuggestedSizeIncrement = d.SuggestedSizeIncrement,
        SecIds = d.SecIdList.Select(t => new KeyValuePair<string, string>(t.Tag, t.Value)).ToArray(),
        Bond = bond
            ? new BondTerms
            {
                Cusip = d.Cusip,
                Coupon = d.Coupon,
                Maturity = d.Maturity,
                IssueDate = d.IssueDate,
                Ratings = d.Ratings,
                BondType = d.BondType,
                CouponType = d.CouponType,
                Convertible = d.Convertible,
                Callable = d.Callable,
                Putable = d.Putable,
                DescAppend = d.DescAppend,
                Notes = d.Notes,
            }
            : null,
    };
}
