namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>QUERY_DISPLAY_GROUPS (67), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.QueryDisplayGroups, "query_display_groups")]
public sealed class QueryDisplayGroups : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>SUBSCRIBE_TO_GROUP_EVENTS (68), version 1. Transcript name <c>subscribe_group_events</c>.</summary>
[WireMessage(Direction.Client, OutMsg.SubscribeToGroupEvents, "subscribe_group_events")]
public sealed class SubscribeToGroupEvents : Message
{
    public int ReqId;
    public int GroupId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Int(ref GroupId, "group_id");
    }
}

/// <summary>UPDATE_DISPLAY_GROUP (69), version 1: contractInfo such as "265598@SMART".</summary>
[WireMessage(Direction.Client, OutMsg.UpdateDisplayGroup, "update_display_group")]
public sealed class UpdateDisplayGroup : Message
{
    public int ReqId;
    public string ContractInfo = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref ContractInfo, "contract_info");
    }
}

/// <summary>UNSUBSCRIBE_FROM_GROUP_EVENTS (70), version 1. Transcript name <c>unsubscribe_group_events</c>.</summary>
[WireMessage(Direction.Client, OutMsg.UnsubscribeFromGroupEvents, "unsubscribe_group_events")]
public sealed class UnsubscribeFromGroupEvents : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}
