using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Inbound;

// Market scanner replies. Official EDecoder layouts at server version 200.

/// <summary>SCANNER_PARAMETERS (19): the scanner parameter XML (can run to hundreds of kilobytes).</summary>
[WireMessage(Direction.Server, InMsg.ScannerParameters, "scanner_parameters")]
public sealed class ScannerParameters : Message
{
    public string Xml = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref Xml, "xml");
    }
}

/// <summary>
/// One row of SCANNER_DATA (20). The contract is not the common 11-field block: it has no multiplier,
/// and marketName (a contract-details field) sits between localSymbol and tradingClass.
/// </summary>
public sealed class ScannerDataEntry : FieldGroup
{
    public int Rank;
    public Contract Contract = new();
    public string MarketName = string.Empty;
    public string Distance = string.Empty;
    public string Benchmark = string.Empty;
    public string Projection = string.Empty;

    /// <summary>Combo key of a combination row (message version 2+).</summary>
    public string LegsStr = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = Contract;
        v.Int(ref Rank, "rank");
        v.Int(ref c.ConId, "contract.con_id");
        v.Str(ref c.Symbol, "contract.symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref c.LastTradeDateOrContractMonth, "contract.expiry");
        v.DecMax(ref c.Strike, "contract.strike");
        v.Str(ref c.Right, "contract.right");
        v.Str(ref c.Exchange, "contract.exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref c.LocalSymbol, "contract.local_symbol");
        v.Str(ref MarketName, "market_name");
        v.Str(ref c.TradingClass, "contract.trading_class");
        v.Str(ref Distance, "distance");
        v.Str(ref Benchmark, "benchmark");
        v.Str(ref Projection, "projection");
        v.Str(ref LegsStr, "legs_str");
    }
}

/// <summary>SCANNER_DATA (20): one complete scan result (the official client raises scannerDataEnd after it).</summary>
[WireMessage(Direction.Server, InMsg.ScannerData, "scanner_data")]
public sealed class ScannerData : Message
{
    public int ReqId;
    public List<ScannerDataEntry> Entries = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        v.List(Entries, "entries");
    }
}
