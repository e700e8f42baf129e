using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Protocol.Messages.Inbound;

// Executions and their commission reports.

/// <summary>
/// EXECUTION_DATA (11): one fill. No version field since server version 136 (last liquidity). reqId is
/// -1 for fills pushed after an order executes. Official EDecoder.ExecutionDataEvent at server version
/// 200: reqId, orderId, the 11-field contract, then the execution through lastLiquidity,
/// pendingPriceRevision (178) and submitter (198): 32 fields after the id.
/// </summary>
[WireMessage(Direction.Server, InMsg.ExecutionData, "execution_detail")]
public sealed class ExecutionData : Message
{
    public int ReqId;
    public Contract Contract = new();
    public Execution Execution = new();

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = Contract;
        var e = Execution;
        v.Int(ref ReqId, "req_id");
        v.Int(ref e.OrderId, "order_id");

        // The 11-field server contract block, except that transcripts key the symbol at the top level.
        v.Int(ref c.ConId, "contract.con_id");
        v.Str(ref c.Symbol, "symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref c.LastTradeDateOrContractMonth, "contract.expiry");
        v.DecMax(ref c.Strike, "contract.strike");
        v.Str(ref c.Right, "contract.right");
        v.Str(ref c.Multiplier, "contract.multiplier");
        v.Str(ref c.Exchange, "contract.exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref c.LocalSymbol, "contract.local_symbol");
        v.Str(ref c.TradingClass, "contract.trading_class");

        v.Str(ref e.ExecId, "exec_id");
        v.Str(ref e.Time, "time");
        v.Str(ref e.AcctNumber, "account");
        v.Str(ref e.Exchange, "exchange");
        v.Str(ref e.Side, "side");
        v.DecMax(ref e.Shares, "shares");
        v.Dec(ref e.Price, "price");
        v.Long(ref e.PermId, "perm_id");
        v.Int(ref e.ClientId, "client_id");
        v.Int(ref e.Liquidation, "liquidation");
        v.DecMax(ref e.CumQty, "cum_qty");
        v.Dec(ref e.AvgPrice, "avg_price");
        v.Str(ref e.OrderRef, "order_ref");
        v.Str(ref e.EvRule, "ev_rule");
        v.DecMax(ref e.EvMultiplier, "ev_multiplier");
        v.Str(ref e.ModelCode, "model_code");
        v.Int(ref e.LastLiquidity, "last_liquidity");
        v.Bool(ref e.PendingPriceRevision, "pending_price_revision");
        v.Str(ref e.Submitter, "submitter");
    }
}

/// <summary>EXECUTION_DATA_END (55), version 1: the end of a reqExecutions answer.</summary>
[WireMessage(Direction.Server, InMsg.ExecutionDataEnd, "executions_end")]
public sealed class ExecutionDataEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>
/// COMMISSION_REPORT (59), version 1: the commission of one execution (official CommissionAndFeesReport).
/// TWS sends the double MAX literal for a commission or realized P&amp;L not yet computed (read as unset).
/// </summary>
[WireMessage(Direction.Server, InMsg.CommissionReport, "commission_report")]
public sealed class CommissionReport : Message
{
    public string ExecId = string.Empty;
    public decimal? CommissionAndFees;
    public string Currency = string.Empty;
    public decimal? RealizedPnl;
    public decimal? Yield;

    /// <summary>yyyymmdd; null when none (sent empty).</summary>
    public int? YieldRedemptionDate;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref ExecId, "exec_id");
        v.DecMax(ref CommissionAndFees, "commission");
        v.Str(ref Currency, "currency");
        v.DecMax(ref RealizedPnl, "realized_pnl");
        v.DecMax(ref Yield, "yield");
        v.IntMax(ref YieldRedemptionDate, "yield_redemption_date");
    }
}
