using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Recording;
using Ibkr.Protocol.Transport;
using Ibkr.TestHost;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>The recorder's robustness: stop and SIGTERM mid-session, upstream resets, concurrent legs, unique directories.</summary>
public sealed class RecorderTests : IDisposable
{
    // The host waits for a request that never comes, so the session is still open when the recorder stops.
    private const string Waiting = CaptureTestKit.Bootstrap + "\nclient req_current_time {}\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-recorder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Stopping_mid_session_closes_the_leg_and_leaves_a_capture_verify_accepts()
    {
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("waiting.txt", Waiting), new ReplayHostOptions { StepTimeout = CaptureTestKit.Bound });
        var recorder = CaptureTestKit.Record(_dir, host.Address.Port, "stopped");
        await using (recorder)
        {
            await using var leg = await GatewayLeg.ConnectAsync(new GatewayLegOptions { Host = "127.0.0.1", Port = recorder.Address.Port, ClientId = 1 }, cancellationToken: TestContext.Current.CancellationToken);

            var result = await recorder.StopAsync().WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);

            Assert.True(result.Stopped);
            Assert.Equal(1, result.Legs);
            Assert.Equal(LegEndReason.RemoteClosed, (await leg.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken)).Reason);
        }

        var (exit, output, _) = Cli.Run(string.Empty, "verify", recorder.Directory);
        Assert.True(exit == 0, output);
        Assert.Contains("\"kind\":\"disconnect\",\"leg\":1", File.ReadAllLines(Path.Combine(recorder.Directory, CaptureFiles.Events))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_to_the_ibkr_process_mid_session_leaves_a_capture_verify_accepts()
    {
        await using var host = ReplayHost.Start(CaptureTestKit.Parse("waiting.txt", Waiting), new ReplayHostOptions { StepTimeout = CaptureTestKit.Bound });
        var dll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { dll, "record", "--listen", "127.0.0.1:0", "--upstream", $"127.0.0.1:{host.Address.Port}", "--out", _dir, "--scenario", "sigterm", "--timeout", "2m" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var limit = new CancellationTokenSource(CaptureTestKit.Bound);
        try
        {
            var listening = await process.StandardOutput.ReadLineAsync(limit.Token);
            var directory = await process.StandardOutput.ReadLineAsync(limit.Token);
            Assert.StartsWith("listening on 127.0.0.1:", listening, StringComparison.Ordinal);
            var port = int.Parse(listening!["listening on 127.0.0.1:".Length..], System.Globalization.CultureInfo.InvariantCulture);
            await using var leg = await GatewayLeg.ConnectAsync(new GatewayLegOptions { Host = "127.0.0.1", Port = port, ClientId = 1 }, cancellationToken: TestContext.Current.CancellationToken);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(limit.Token);
            }

            await process.WaitForExitAsync(limit.Token);
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(limit.Token));
            var (exit, output, _) = Cli.Run(string.Empty, "verify", directory!);
            Assert.True(exit == 0, output);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public async Task An_upstream_reset_is_recorded_as_a_disconnect_and_the_next_leg_still_works()
    {
        using var upstream = new TcpListener(IPAddress.Loopback, 0);
        upstream.Start();
        var port = ((IPEndPoint)upstream.LocalEndpoint).Port;
        var recorder = CaptureTestKit.Record(_dir, port, "reset", maxLegs: 2);
        await using (recorder)
        {
            using var first = await ConnectAsync(recorder);
            using (var accepted = await upstream.AcceptSocketAsync(TestContext.Current.CancellationToken))
            {
                // Reset only once bytes have gone through, so the leg is surely established.
                await accepted.SendAsync(Frame("x"), TestContext.Current.CancellationToken);
                Assert.Equal(Frame("x"), await ReadAsync(first, 5));
                accepted.LingerState = new LingerOption(true, 0); // close with RST
            }

            Assert.Equal(0, await first.ReceiveAsync(new byte[16], TestContext.Current.CancellationToken).AsTask().WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken));

            using var second = await ConnectAsync(recorder);
            using var accepted2 = await upstream.AcceptSocketAsync(TestContext.Current.CancellationToken);
            await second.SendAsync(Frame("49\u00001\u0000"), TestContext.Current.CancellationToken);
            var buffer = new byte[64];
            var read = await accepted2.ReceiveAsync(buffer, TestContext.Current.CancellationToken).AsTask().WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
            Assert.Equal(Frame("49\u00001\u0000"), buffer[..read]);
            second.Close();
            var result = await recorder.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
            Assert.True(result.Legs == 2, File.ReadAllText(Path.Combine(recorder.Directory, CaptureFiles.Events)));
        }

        var kinds = File.ReadAllLines(Path.Combine(recorder.Directory, CaptureFiles.Events)).Where(l => !l.Contains("\"chunk\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, kinds.Count);
        Assert.Contains("\"kind\":\"disconnect\",\"leg\":1", kinds[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_connections_are_recorded_as_overlapping_legs()
    {
        using var upstream = new TcpListener(IPAddress.Loopback, 0);
        upstream.Start();
        var recorder = CaptureTestKit.Record(_dir, ((IPEndPoint)upstream.LocalEndpoint).Port, "concurrent", maxLegs: 2);
        await using (recorder)
        {
            using var a = await ConnectAsync(recorder);
            using var upA = await upstream.AcceptSocketAsync(TestContext.Current.CancellationToken);
            using var b = await ConnectAsync(recorder);
            using var upB = await upstream.AcceptSocketAsync(TestContext.Current.CancellationToken);

            // Both legs are open at once: each echoes through its own upstream connection.
            await b.SendAsync(Frame("b"), TestContext.Current.CancellationToken);
            await a.SendAsync(Frame("a"), TestContext.Current.CancellationToken);
            foreach (var (client, server, text) in new[] { (a, upA, "a"), (b, upB, "b") })
            {
                var buffer = new byte[16];
                var read = await server.ReceiveAsync(buffer, TestContext.Current.CancellationToken).AsTask().WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
                await server.SendAsync(buffer.AsMemory(0, read), TestContext.Current.CancellationToken);
                Assert.Equal(Frame(text), (await ReadAsync(client, read)));
            }

            a.Close();
            b.Close();
            Assert.Equal(2, (await recorder.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken)).Legs);
        }

        var lines = File.ReadAllLines(Path.Combine(recorder.Directory, CaptureFiles.Events));
        var secondConnect = Array.FindIndex(lines, l => l.Contains("\"connect\",\"leg\":2", StringComparison.Ordinal));
        var firstDisconnect = Array.FindIndex(lines, l => l.Contains("\"disconnect\",\"leg\":1", StringComparison.Ordinal));
        Assert.True(secondConnect >= 0 && secondConnect < firstDisconnect, string.Join("\n", lines));
        var (exit, output, _) = Cli.Run(string.Empty, "normalize", recorder.Directory);
        Assert.True(exit == 0, output);
        Assert.Contains("2 legs, 2 client frames, 2 server frames", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_captures_started_in_the_same_second_get_different_directories()
    {
        var meta = new CaptureMeta("same", new DateTimeOffset(2026, 4, 6, 9, 30, 0, TimeSpan.Zero));

        var first = CaptureDirectory.Create(_dir, meta);
        var second = CaptureDirectory.Create(_dir, meta);

        Assert.EndsWith("20260406T093000Z-same", first, StringComparison.Ordinal);
        Assert.Equal(first + "-2", second);
        Assert.True(File.Exists(Path.Combine(second, CaptureFiles.Meta)));
    }

    private static byte[] Frame(string payload)
    {
        var bytes = Encoding.ASCII.GetBytes(payload);
        var frame = new byte[4 + bytes.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, bytes.Length);
        bytes.CopyTo(frame, 4);
        return frame;
    }

    private static async Task<Socket> ConnectAsync(Recorder recorder)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(recorder.Address, TestContext.Current.CancellationToken);
        return socket;
    }

    private static async Task<byte[]> ReadAsync(Socket socket, int count)
    {
        var buffer = new byte[count];
        var total = 0;
        while (total < count)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(total), TestContext.Current.CancellationToken).AsTask().WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
            Assert.NotEqual(0, read);
            total += read;
        }

        return buffer;
    }
}
