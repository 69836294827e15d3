using System.Net;
using System.Net.Sockets;

namespace PrepaidPlatform.Benchmarks.Harness;

internal static class LoopbackPort
{
    /// <summary>A port nobody listens on now (the OS's choice), for a server the harness starts on 127.0.0.1.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
