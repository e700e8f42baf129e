using Ibkr.Protocol.Messages.Inbound;

namespace Ibkr.Simulator;

/// <summary>
/// The Gateway error codes the simulator sends, with the wording a Gateway uses. Request-keyed errors carry the
/// request id (the order id for order errors); connection-wide notices carry -1.
/// </summary>
public static class GatewayErrors
{
    public const int NoRequestId = -1;
    public const int MaxRateExceeded = 100;
    public const int DuplicateTickerId = 102;
    public const int DuplicateOrderId = 103;
    public const int CannotModifyFilledOrder = 104;
    public const int ModifyDoesNotMatch = 105;
    public const int PriceVariation = 110;
    public const int NoSecurityDefinition = 200;
    public const int OrderRejected = 201;
    public const int OrderCancelled = 202;
    public const int CannotFindTicker = 300;
    public const int ValidationError = 321;
    public const int ProcessingError = 322;
    public const int ClientIdInUse = 326;
    public const int NotSubscribed = 354;
    public const int NoHistoricalQuery = 366;
    public const int ConnectivityLost = 1100;
    public const int ConnectivityRestoredDataMaintained = 1102;
    public const int MarketDataFarmOk = 2104;
    public const int HistoricalFarmOk = 2106;
    public const int SecDefFarmOk = 2158;
    public const int CancelUnknownOrder = 10147;
    public const int CannotCancel = 10148;
    public const int DelayedDataShown = 10167;

    /// <summary>An error message as the Gateway frames it; the time is the simulator's virtual clock.</summary>
    public static ApiError Create(int reqId, int code, string message, DateTimeOffset now) => new()
    {
        ReqId = reqId,
        Code = code,
        Message = message,
        ErrorTimeMs = now.ToUnixTimeMilliseconds(),
    };
}
