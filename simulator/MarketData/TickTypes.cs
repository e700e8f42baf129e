namespace Ibkr.Simulator.MarketData;

/// <summary>The tick type numbers of TICK_PRICE / TICK_SIZE / TICK_STRING / TICK_GENERIC the simulator sends.</summary>
internal static class TickTypes
{
    public const int BidSize = 0;
    public const int Bid = 1;
    public const int Ask = 2;
    public const int AskSize = 3;
    public const int Last = 4;
    public const int LastSize = 5;
    public const int High = 6;
    public const int Low = 7;
    public const int Volume = 8;
    public const int Close = 9;
    public const int Open = 14;
    public const int AverageVolume = 21;
    public const int LastTimestamp = 45;
    public const int Shortable = 46;
    public const int RtVolume = 48;

    /// <summary>Delayed ticks are the live number plus this, for bid, ask, last and their sizes, high, low, volume, close, open.</summary>
    public static int Delayed(int live) => live switch
    {
        Bid => 66,
        Ask => 67,
        Last => 68,
        BidSize => 69,
        AskSize => 70,
        LastSize => 71,
        High => 72,
        Low => 73,
        Volume => 74,
        Close => 75,
        Open => 76,
        LastTimestamp => 88,
        _ => live,
    };

    /// <summary>Generic tick ids a Gateway accepts for stocks; 165, 233 and 236 produce data here.</summary>
    public static readonly HashSet<string> KnownGeneric =
    [
        "100", "101", "104", "105", "106", "107", "165", "221", "225", "232", "233", "236", "256", "258", "291", "292",
        "293", "294", "295", "318", "375", "377", "381", "384", "387", "388", "391", "407", "411", "456", "460", "576",
        "577", "578", "579", "580", "584", "585", "587", "588", "595", "614", "619", "623",
    ];
}
