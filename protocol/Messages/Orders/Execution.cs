namespace Ibkr.Protocol.Messages.Orders;

/// <summary>One fill (official Execution) as EXECUTION_DATA reports it.</summary>
public sealed class Execution
{
    public int OrderId;
    public string ExecId = string.Empty;

    /// <summary>Execution time as sent, e.g. <c>20260413 15:27:04 US/Eastern</c>.</summary>
    public string Time = string.Empty;

    public string AcctNumber = string.Empty;
    public string Exchange = string.Empty;

    /// <summary><c>BOT</c> or <c>SLD</c>.</summary>
    public string Side = string.Empty;

    public decimal? Shares;
    public decimal Price;
    public long PermId;
    public int ClientId;
    public int Liquidation;
    public decimal? CumQty;
    public decimal AvgPrice;
    public string OrderRef = string.Empty;
    public string EvRule = string.Empty;
    public decimal? EvMultiplier;
    public string ModelCode = string.Empty;

    /// <summary>Official Liquidity value: 1 added, 2 removed, 3 routed out.</summary>
    public int LastLiquidity;

    public bool PendingPriceRevision;
    public string Submitter = string.Empty;
}
