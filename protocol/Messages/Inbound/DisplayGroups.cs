namespace Ibkr.Protocol.Messages.Inbound;

// TWS display groups (queryDisplayGroups, subscribeToGroupEvents). Official EDecoder layouts at server
// version 200.

/// <summary>DISPLAY_GROUP_LIST (67): the display group ids, one "|"-separated field.</summary>
[WireMessage(Direction.Server, InMsg.DisplayGroupList, "display_group_list")]
public sealed class DisplayGroupList : Message
{
    public int ReqId;
    public string Groups = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Groups, "groups");
    }
}

/// <summary>DISPLAY_GROUP_UPDATED (68): the contract now shown in a subscribed display group ("conId@exchange").</summary>
[WireMessage(Direction.Server, InMsg.DisplayGroupUpdated, "display_group_updated")]
public sealed class DisplayGroupUpdated : Message
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
