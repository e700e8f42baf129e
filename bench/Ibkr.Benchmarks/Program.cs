using BenchmarkDotNet.Running;
using Ibkr.Benchmarks;

if (args.Length > 0 && args[0] == "quick")
{
    QuickRatio.Run(args[1..], Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CodecBenchmarks).Assembly).Run(args);
