using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>The contracts the scenarios ask about.</summary>
internal static class Contracts
{
    public static Contract AaplStock() => new() { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" };

    public static Contract Unknown() => new() { Symbol = "ZZZZNONE", SecType = "STK", Exchange = "SMART", Currency = "USD" };
}
