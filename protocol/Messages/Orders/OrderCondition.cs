namespace Ibkr.Protocol.Messages.Orders;

/// <summary>
/// One order condition (official OrderCondition subclasses folded into one group). The type code
/// selects the layout after the conjunction:
/// 1 price: is-more, value, conId, exchange, triggerMethod;
/// 3 time, 4 margin: is-more, value;
/// 5 execution: secType, exchange, symbol;
/// 6 volume, 7 percent change: is-more, value, conId, exchange.
/// The operator part (is-more, value) comes before the contract part, as the official classes
/// serialise it. Any other type cannot be laid out and fails the message.
/// </summary>
public sealed class OrderCondition : FieldGroup
{
    public const int PriceType = 1;
    public const int TimeType = 3;
    public const int MarginType = 4;
    public const int ExecutionType = 5;
    public const int VolumeType = 6;
    public const int PercentChangeType = 7;

    public int Type;

    /// <summary><c>a</c> = AND with the next condition, <c>o</c> = OR (official IsConjunctionConnection).</summary>
    public string Conjunction = "a";

    /// <summary>Official IsMore: true = "is greater than or equal", false = "is less than or equal".</summary>
    public bool IsMore;

    /// <summary>The compared value as sent: a price, a time, a margin cushion percent, a volume or a percent change.</summary>
    public string Value = string.Empty;

    public int ConId;
    public string Exchange = string.Empty;
    public int TriggerMethod;
    public string SecType = string.Empty;
    public string Symbol = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref Type, "type");
        v.Str(ref Conjunction, "conjunction");
        switch (Type)
        {
            case PriceType:
                v.Bool(ref IsMore, "operator");
                v.Str(ref Value, "value");
                v.Int(ref ConId, "con_id");
                v.Str(ref Exchange, "exchange");
                v.Int(ref TriggerMethod, "trigger_method");
                break;
            case TimeType or MarginType:
                v.Bool(ref IsMore, "operator");
                v.Str(ref Value, "value");
                break;
            case ExecutionType:
                v.Str(ref SecType, "sec_type");
                v.Str(ref Exchange, "exchange");
                v.Str(ref Symbol, "symbol");
                break;
            case VolumeType or PercentChangeType:
                v.Bool(ref IsMore, "operator");
                v.Str(ref Value, "value");
                v.Int(ref ConId, "con_id");
                v.Str(ref Exchange, "exchange");
                break;
            default:
                v.Fail($"unsupported order condition type {Type}");
                break;
        }
    }
}
