using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>Contract blocks that only client requests send.</summary>
internal static class RequestContractFields
{
    /// <summary>
    /// The 12-field request block followed by includeExpired: the official client's contract serializer
    /// (reqHeadTimestamp, reqHistogramData, reqHistoricalTicks) and reqHistoricalData's block.
    /// </summary>
    public static void WithIncludeExpired(FieldVisitor v, Contract c)
    {
        ContractFields.Request(v, c);
        v.Bool(ref c.IncludeExpired, "contract.include_expired");
    }
}
