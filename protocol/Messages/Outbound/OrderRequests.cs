using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

// Order management requests other than placeOrder.

/// <summary>
/// CANCEL_ORDER (4): no version field since server version 192 (CME tagging); orderId, then the
/// OrderCancel attributes manualOrderCancelTime, extOperator, manualOrderIndicator (unset sent empty).
/// </summary>
[WireMessage(Direction.Client, OutMsg.CancelOrder, "cancel_order")]
public sealed class CancelOrder : Message
{
    public int OrderId;
    public string ManualOrderCancelTime = string.Empty;
    public string ExtOperator = string.Empty;
    public int? ManualOrderIndicator;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref OrderId, "order_id");
        v.Str(ref ManualOrderCancelTime, "manual_order_cancel_time");
        v.Str(ref ExtOperator, "ext_operator");
        v.IntMax(ref ManualOrderIndicator, "manual_order_indicator");
    }
}

/// <summary>REQ_OPEN_ORDERS (5), version 1: this client's open orders.</summary>
[WireMessage(Direction.Client, OutMsg.ReqOpenOrders, "req_open_orders")]
public sealed class ReqOpenOrders : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>
/// REQ_EXECUTIONS (7), version 3: reqId and the execution filter, with the server-version-200 tail
/// lastNDays (always sent; the official default 2147483647 means "no limit") and the specific dates (yyyymmdd).
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqExecutions, "req_executions")]
public sealed class ReqExecutions : Message
{
    public int ReqId;
    public int ClientId;
    public string AcctCode = string.Empty;
    public string Time = string.Empty;
    public string Symbol = string.Empty;
    public string SecType = string.Empty;
    public string Exchange = string.Empty;
    public string Side = string.Empty;
    public int LastNDays = int.MaxValue;
    public List<string> SpecificDates = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        v.Int(ref ClientId, "client_id");
        v.Str(ref AcctCode, "account");
        v.Str(ref Time, "time");
        v.Str(ref Symbol, "symbol");
        v.Str(ref SecType, "sec_type");
        v.Str(ref Exchange, "exchange");
        v.Str(ref Side, "side");
        v.Int(ref LastNDays, "last_n_days");
        v.Strings(SpecificDates, "specific_dates");
    }
}

/// <summary>REQ_IDS (8), version 1: ask for the next valid order id.</summary>
[WireMessage(Direction.Client, OutMsg.ReqIds, "req_ids")]
public sealed class ReqIds : Message
{
    public int NumIds = 1;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref NumIds, "num_ids");
    }
}

/// <summary>REQ_AUTO_OPEN_ORDERS (15), version 1: bind (or stop binding) TWS-entered orders to client 0.</summary>
[WireMessage(Direction.Client, OutMsg.ReqAutoOpenOrders, "req_auto_open_orders")]
public sealed class ReqAutoOpenOrders : Message
{
    public bool AutoBind = true;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Bool(ref AutoBind, "auto_bind");
    }
}

/// <summary>REQ_ALL_OPEN_ORDERS (16), version 1: the open orders of every client.</summary>
[WireMessage(Direction.Client, OutMsg.ReqAllOpenOrders, "req_all_open_orders")]
public sealed class ReqAllOpenOrders : Message
{
    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
    }
}

/// <summary>
/// EXERCISE_OPTIONS (21), version 2: reqId, an 11-field contract (no primaryExchange), exerciseAction
/// (1 exercise, 2 lapse), quantity, account, override, then the official tail at server version 200:
/// manualOrderTime (180), customerAccount (183), professionalCustomer (184).
/// </summary>
[WireMessage(Direction.Client, OutMsg.ExerciseOptions, "exercise_options")]
public sealed class ExerciseOptions : Message
{
    public int ReqId;
    public Contract Contract = new();
    public int ExerciseAction;
    public int ExerciseQuantity;
    public string Account = string.Empty;
    public int Override;
    public string ManualOrderTime = string.Empty;
    public string CustomerAccount = string.Empty;
    public bool ProfessionalCustomer;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(2);
        v.Int(ref ReqId, "req_id");
        ContractFields.Server(v, Contract);
        v.Int(ref ExerciseAction, "exercise_action");
        v.Int(ref ExerciseQuantity, "exercise_quantity");
        v.Str(ref Account, "account");
        v.Int(ref Override, "override");
        v.Str(ref ManualOrderTime, "manual_order_time");
        v.Str(ref CustomerAccount, "customer_account");
        v.Bool(ref ProfessionalCustomer, "professional_customer");
    }
}

/// <summary>
/// REQ_GLOBAL_CANCEL (58): cancel every open order. No version field since server version 192; the
/// OrderCancel CME tagging fields extOperator and manualOrderIndicator (unset sent empty).
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqGlobalCancel, "global_cancel")]
public sealed class ReqGlobalCancel : Message
{
    public string ExtOperator = string.Empty;
    public int? ManualOrderIndicator;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref ExtOperator, "ext_operator");
        v.IntMax(ref ManualOrderIndicator, "manual_order_indicator");
    }
}

/// <summary>REQ_COMPLETED_ORDERS (99), no version: the day's completed orders; apiOnly limits them to API orders.</summary>
[WireMessage(Direction.Client, OutMsg.ReqCompletedOrders, "req_completed_orders")]
public sealed class ReqCompletedOrders : Message
{
    public bool ApiOnly;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Bool(ref ApiOnly, "api_only");
    }
}
