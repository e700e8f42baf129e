namespace Ibkr.Protocol.Messages.Inbound;

// Messages that make up a session's bootstrap state, and Gateway errors.

/// <summary>MANAGED_ACCTS (15): the accounts this login can trade, one comma-joined field.</summary>
[WireMessage(Direction.Server, InMsg.ManagedAccounts, "managed_accounts")]
public sealed class ManagedAccounts : Message
{
    public List<string> Accounts = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Csv(Accounts, "accounts");
    }
}

/// <summary>NEXT_VALID_ID (9): the next order id this client may use.</summary>
[WireMessage(Direction.Server, InMsg.NextValidId, "next_valid_id")]
public sealed class NextValidId : Message
{
    public long OrderId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Long(ref OrderId, "order_id");
    }
}

/// <summary>
/// ERR_MSG (4): an error, warning or notice. No version field since server version 194; the advanced
/// reject JSON (166) and the error time in epoch ms (194) are appended. For order errors req_id is the order id.
/// </summary>
[WireMessage(Direction.Server, InMsg.Error, "api_error")]
public sealed class ApiError : Message
{
    public int ReqId;
    public int Code;
    public string Message = string.Empty;
    public string AdvancedOrderRejectJson = string.Empty;
    /// <summary>Epoch milliseconds; null when the field is empty (as ibkr-go's host writes it).</summary>
    public long? ErrorTimeMs;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Int(ref Code, "code");
        v.Text(ref Message, "message");
        v.Text(ref AdvancedOrderRejectJson, "advanced_order_reject_json");
        v.LongMax(ref ErrorTimeMs, "error_time_ms");
    }
}
