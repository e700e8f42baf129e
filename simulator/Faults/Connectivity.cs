namespace Ibkr.Simulator.Faults;

/// <summary>
/// The Gateway-to-IB connectivity notices: 1100 when lost (market data stops), 1102 when restored with data
/// maintained (subscriptions resume by themselves). The TCP connections stay up throughout.
/// </summary>
internal static class Connectivity
{
    public static void Lose(SimulatorCore core)
    {
        if (core.ConnectivityLost)
        {
            return;
        }

        core.ConnectivityLost = true;
        core.Broadcast(() => core.Error(GatewayErrors.NoRequestId, GatewayErrors.ConnectivityLost, "Connectivity between IBKR and Trader Workstation has been lost."));
    }

    public static void Restore(SimulatorCore core)
    {
        if (!core.ConnectivityLost)
        {
            return;
        }

        core.ConnectivityLost = false;
        core.Broadcast(() => core.Error(
            GatewayErrors.NoRequestId,
            GatewayErrors.ConnectivityRestoredDataMaintained,
            "Connectivity between IBKR and Trader Workstation has been restored - data maintained. All data farms are connected: usfarm; ushmds; secdefnj."));
    }
}
