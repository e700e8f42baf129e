using System.Diagnostics;

namespace Ibkr.Silo.Tests;

/// <summary>The silo executable refuses bad configuration with one line per problem and exit code 2.</summary>
public sealed class SiloExecutableTests
{
    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ibkr.Silo.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task Bad_configuration_prints_each_problem_on_one_line_and_exits_2()
    {
        var (exitCode, output, errors) = await RunAsync("--Ibkr:Profile=cluster", "--Ibkr:Sessions:paper:Port=99999");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            [
                "ibkr-silo: Ibkr:Redis:ConnectionString: is required by the 'cluster' profile (for example localhost:6379)",
                "ibkr-silo: Ibkr:Sessions:paper:Port: '99999' is not a port (1-65535)",
                "ibkr-silo: Ibkr:Sessions:paper:Host: is required (the Gateway's host name or address)",
            ],
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
