namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_ACCOUNT_DATA (6), version 2: subscribe (true) or stop (false) account and portfolio updates for
/// one account. Transcript name <c>req_account_updates</c> for both directions of the switch.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqAccountUpdates, "req_account_updates")]
public sealed class ReqAccountUpdates : Message
{
    public bool Subscribe;

    /// <summary>acctCode.</summary>
    public string AcctCode = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(2);
        v.Bool(ref Subscribe, "subscribe");
        v.Str(ref AcctCode, "account");
    }
}

/// <summary>REQ_MANAGED_ACCTS (17), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.ReqManagedAccounts, "req_managed_accts")]
public sealed class ReqManagedAccts : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>REQ_POSITIONS (61), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.ReqPositions, "req_positions")]
public sealed class ReqPositions : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>CANCEL_POSITIONS (64), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelPositions, "cancel_positions")]
public sealed class CancelPositions : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>
/// REQ_ACCOUNT_SUMMARY (62), version 1: the group ("All" or an FA group; transcript key <c>account</c>)
/// and the comma-joined tag list.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqAccountSummary, "req_account_summary")]
public sealed class ReqAccountSummary : Message
{
    public int ReqId;
    public string Group = string.Empty;
    public List<string> Tags = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Group, "account");
        v.Csv(Tags, "tags");
    }
}

/// <summary>CANCEL_ACCOUNT_SUMMARY (63), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelAccountSummary, "cancel_account_summary")]
public sealed class CancelAccountSummary : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_POSITIONS_MULTI (74), version 1: positions of one account and/or model.</summary>
[WireMessage(Direction.Client, OutMsg.ReqPositionsMulti, "req_positions_multi")]
public sealed class ReqPositionsMulti : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public string ModelCode = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        v.Str(ref ModelCode, "model_code");
    }
}

/// <summary>CANCEL_POSITIONS_MULTI (75), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelPositionsMulti, "cancel_positions_multi")]
public sealed class CancelPositionsMulti : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_ACCOUNT_UPDATES_MULTI (76), version 1: account, model code and the ledgerAndNLV flag.</summary>
[WireMessage(Direction.Client, OutMsg.ReqAccountUpdatesMulti, "req_account_updates_multi")]
public sealed class ReqAccountUpdatesMulti : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public string ModelCode = string.Empty;
    public bool LedgerAndNlv;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        v.Str(ref ModelCode, "model_code");
        v.Bool(ref LedgerAndNlv, "ledger_and_nlv");
    }
}

/// <summary>CANCEL_ACCOUNT_UPDATES_MULTI (77), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelAccountUpdatesMulti, "cancel_account_updates_multi")]
public sealed class CancelAccountUpdatesMulti : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_PNL (92), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.ReqPnL, "req_pnl")]
public sealed class ReqPnL : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public string ModelCode = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        v.Str(ref ModelCode, "model_code");
    }
}

/// <summary>CANCEL_PNL (93), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.CancelPnL, "cancel_pnl")]
public sealed class CancelPnL : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_PNL_SINGLE (94), no version field: P&amp;L of one position.</summary>
[WireMessage(Direction.Client, OutMsg.ReqPnLSingle, "req_pnl_single")]
public sealed class ReqPnLSingle : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public string ModelCode = string.Empty;
    public int ConId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        v.Str(ref ModelCode, "model_code");
        v.Int(ref ConId, "con_id");
    }
}

/// <summary>CANCEL_PNL_SINGLE (95), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.CancelPnLSingle, "cancel_pnl_single")]
public sealed class CancelPnLSingle : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_SOFT_DOLLAR_TIERS (79), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.ReqSoftDollarTiers, "req_soft_dollar_tiers")]
public sealed class ReqSoftDollarTiers : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_USER_INFO (104): no version field in the official client, just the request id.</summary>
[WireMessage(Direction.Client, OutMsg.ReqUserInfo, "req_user_info")]
public sealed class ReqUserInfo : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}
