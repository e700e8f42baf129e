using System.Net;
using System.Net.Sockets;

namespace Ibkr.Silo.Hosting;

/// <summary>Free loopback ports for silos started in-process (the CLI's demo and capture driver, tests).</summary>
public static class LoopbackPorts
{
    /// <summary>Distinct loopback ports that were free a moment ago (all held open together, then released).</summary>
    public static int[] Free(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
