using Ibkr.Contracts.Errors;
using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Grains.Mapping;

/// <summary>ERR_MSG as the public error record.</summary>
internal static class ErrorMapping
{
    public static IbkrError FromWire(ApiError e) => new()
    {
        RequestId = e.ReqId,
        Code = e.Code,
        Message = e.Message,
        AdvancedOrderRejectJson = e.AdvancedOrderRejectJson,
        TimeMs = e.ErrorTimeMs,
    };
}
