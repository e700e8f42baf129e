namespace Ibkr.Contracts.Errors;

/// <summary>Gateway error codes this library acts on, and how to classify a code.</summary>
public static class IbkrErrorCodes
{
    /// <summary>Max rate of messages per second has been exceeded.</summary>
    public const int PacingViolation = 100;

    /// <summary>Duplicate order id.</summary>
    public const int DuplicateOrderId = 103;

    /// <summary>Historical data pacing violation or query error.</summary>
    public const int HistoricalDataError = 162;

    /// <summary>No security definition has been found for the request.</summary>
    public const int NoSecurityDefinition = 200;

    /// <summary>Order rejected.</summary>
    public const int OrderRejected = 201;

    /// <summary>Order cancelled.</summary>
    public const int OrderCancelled = 202;

    /// <summary>The client id is already in use.</summary>
    public const int ClientIdInUse = 326;

    /// <summary>Not connected.</summary>
    public const int NotConnected = 504;

    /// <summary>Connectivity between IB and TWS has been lost.</summary>
    public const int ConnectivityLost = 1100;

    /// <summary>Connectivity restored, data lost: subscriptions must be requested again.</summary>
    public const int ConnectivityRestoredDataLost = 1101;

    /// <summary>Connectivity restored, data maintained.</summary>
    public const int ConnectivityRestoredDataMaintained = 1102;

    /// <summary>Cancel of an order id that cannot be found.</summary>
    public const int OrderNotFoundForCancel = 10147;

    /// <summary>Market data is not subscribed; delayed data is shown.</summary>
    public const int DelayedDataNotice = 10167;

    /// <summary>Informational notices (farm status and similar): 2100–2199 and 2000-range warnings.</summary>
    public static bool IsInformational(int code) => code is >= 2100 and < 2200;

    /// <summary>Session connectivity notices (1100, 1101, 1102, 1300).</summary>
    public static bool IsConnectivity(int code) => code is 1100 or 1101 or 1102 or 1300;

    /// <summary>Warnings that accompany data rather than end a request (10167 delayed data and the 2000 range).</summary>
    public static bool IsWarning(int code) => IsInformational(code) || code is DelayedDataNotice or 10089 or 10090 or 10091 or 399 or 2109;
}
