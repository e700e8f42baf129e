namespace Ibkr.Protocol.Messages.Common;

/// <summary>
/// The delta-neutral block of reqMktData and placeOrder: a presence flag, then conId, delta and price
/// when present.
/// </summary>
public static class DeltaNeutralFields
{
    public static void Visit(FieldVisitor v, Contract c)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(c);
        var present = c.DeltaNeutral is not null;
        v.Bool(ref present, "contract.delta_neutral_present");
        if (!present)
        {
            c.DeltaNeutral = null;
            return;
        }

        var dn = c.DeltaNeutral ??= new DeltaNeutralContract();
        v.Int(ref dn.ConId, "contract.delta_neutral.con_id");
        v.Dec(ref dn.Delta, "contract.delta_neutral.delta");
        v.Dec(ref dn.Price, "contract.delta_neutral.price");
    }
}

/// <summary>The 4-field combo leg of market-data requests: conId, ratio, action, exchange.</summary>
public sealed class RequestComboLeg : FieldGroup
{
    public int ConId;
    public int Ratio;
    public string Action = string.Empty;
    public string Exchange = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ConId, "con_id");
        v.Int(ref Ratio, "ratio");
        v.Str(ref Action, "action");
        v.Str(ref Exchange, "exchange");
    }
}
