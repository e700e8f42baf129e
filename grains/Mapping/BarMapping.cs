using Ibkr.Contracts.MarketData;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Mapping;

/// <summary>Bars from the wire.</summary>
internal static class BarMapping
{
    public static Bar FromWire(HistoricalBar b) => new()
    {
        Time = b.Time,
        Open = b.Open,
        High = b.High,
        Low = b.Low,
        Close = b.Close,
        Volume = b.Volume,
        Wap = b.Wap,
        BarCount = b.Count,
    };

    public static Bar FromWire(HistoricalDataUpdate u) => new()
    {
        Time = u.Date,
        Open = u.Open,
        High = u.High,
        Low = u.Low,
        Close = u.Close,
        Volume = u.Volume,
        Wap = u.Wap,
        BarCount = u.BarCount,
    };

    public static Contracts.MarketData.RealTimeBar FromWire(Protocol.Messages.Inbound.RealTimeBar b) => new()
    {
        Time = b.Time,
        Open = b.Open,
        High = b.High,
        Low = b.Low,
        Close = b.Close,
        Volume = b.Volume,
        Wap = b.Wap,
        Count = b.Count,
    };
}
