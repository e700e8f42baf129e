using System.Diagnostics;
using System.Globalization;
using Ibkr.Silo.Hosting;

[assembly: AssemblyFixture(typeof(Ibkr.Silo.Tests.RedisServer))]

namespace Ibkr.Silo.Tests;

/// <summary>
/// A real <c>redis-server</c> (Debian package; <c>./test.sh</c> installs it) on a free loopback port, without
/// persistence, for the whole test assembly. Tests isolate themselves with their own ServiceId/ClusterId.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("ibkr-redis-").FullName;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    public string ConnectionString { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var port = LoopbackPorts.Free(1)[0];
        var start = new ProcessStartInfo(FindServer())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", _directory })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new List<string>();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                _ready.TrySetResult();
            }
        };
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"redis-server exited: {string.Join(" | ", output)}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await _ready.Task.WaitAsync(ReadyTimeout);
        ConnectionString = $"127.0.0.1:{port}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static string FindServer()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException("redis-server is not installed: ./test.sh installs it (apt-get install redis-server)");
    }
}
