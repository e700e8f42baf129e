using System.Diagnostics;
using System.Globalization;

namespace Ibkr.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- quick [SCENARIO...]</c>: the decode ÷ split ratio in seconds rather than
/// BenchmarkDotNet's minutes, for trying a change. It runs the benchmark's own SplitOnly and Decode methods,
/// alternating, and keeps each one's fastest round. A quick look, not a result: docs/performance.md reports the
/// BenchmarkDotNet run.
/// </summary>
public static class QuickRatio
{
    private const int WarmupCalls = 2_000;
    private const int Rounds = 15;
    private const int CallsPerRound = 200;

    public static void Run(IReadOnlyList<string> scenarios, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(output);
        if (scenarios.Count == 1)
        {
            Measure(scenarios[0], output);
            return;
        }

        // One process per scenario, as BenchmarkDotNet does: the JIT's profile of one scenario would shape the code
        // the next one runs (a tick stream measured after the mix decodes about 20% slower).
        foreach (var scenario in scenarios.Count > 0 ? scenarios : ["mix", "mix-sorted"])
        {
            using var child = Process.Start(SelfStart(scenario)) ?? throw new InvalidOperationException("cannot start the benchmark process");
            output.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
        }
    }

    private static ProcessStartInfo SelfStart(string scenario)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(QuickRatio).Assembly.Location);
        }

        start.ArgumentList.Add("quick");
        start.ArgumentList.Add(scenario);
        return start;
    }

    private static void Measure(string scenario, TextWriter output)
    {
        var bench = new CodecBenchmarks { Scenario = scenario };
        bench.Setup();
        var split = double.MaxValue;
        var decode = double.MaxValue;
        for (var pass = 0; pass < 2; pass++)
        {
            split = Math.Min(split, Fastest(bench.SplitOnly));
            decode = Math.Min(decode, Fastest(bench.Decode));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario,-18} split {split,6:F1} ns  decode {decode,6:F1} ns  ratio {decode / split:F2}"));
    }

    /// <summary>Nanoseconds per message of the fastest round.</summary>
    private static double Fastest(Func<int> run)
    {
        for (var i = 0; i < WarmupCalls; i++)
        {
            run();
        }

        var best = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < CallsPerRound; i++)
            {
                run();
            }

            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / (CallsPerRound * (double)Streams.FramesPerStream));
        }

        return best;
    }
}
