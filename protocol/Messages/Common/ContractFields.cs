namespace Ibkr.Protocol.Messages.Common;

/// <summary>
/// The contract blocks that recur across messages. Keys are literals on purpose: building
/// them per call would allocate on the decode path.
/// </summary>
public static class ContractFields
{
    /// <summary>
    /// The 11-field block servers send in POSITION, OPEN_ORDER, COMPLETED_ORDER, PORTFOLIO_VALUE…:
    /// conId, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange,
    /// currency, localSymbol, tradingClass.
    /// </summary>
    public static void Server(FieldVisitor v, Contract c)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(c);
        v.Int(ref c.ConId, "contract.con_id");
        v.Str(ref c.Symbol, "contract.symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref c.LastTradeDateOrContractMonth, "contract.expiry");
        v.DecMax(ref c.Strike, "contract.strike");
        v.Str(ref c.Right, "contract.right");
        v.Str(ref c.Multiplier, "contract.multiplier");
        v.Str(ref c.Exchange, "contract.exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref c.LocalSymbol, "contract.local_symbol");
        v.Str(ref c.TradingClass, "contract.trading_class");
    }

    /// <summary>
    /// The 12-field block most requests send (reqMktData, reqContractDetails, reqHistoricalData…):
    /// conId, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange,
    /// primaryExchange, currency, localSymbol, tradingClass.
    /// </summary>
    public static void Request(FieldVisitor v, Contract c)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(c);
        v.Int(ref c.ConId, "contract.con_id");
        v.Str(ref c.Symbol, "contract.symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref c.LastTradeDateOrContractMonth, "contract.expiry");
        v.DecMax(ref c.Strike, "contract.strike");
        v.Str(ref c.Right, "contract.right");
        v.Str(ref c.Multiplier, "contract.multiplier");
        v.Str(ref c.Exchange, "contract.exchange");
        v.Str(ref c.PrimaryExchange, "contract.primary_exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref c.LocalSymbol, "contract.local_symbol");
        v.Str(ref c.TradingClass, "contract.trading_class");
    }
}
