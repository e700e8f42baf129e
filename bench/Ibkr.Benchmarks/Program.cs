using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Ibkr.Benchmarks.CodecBenchmarks).Assembly).Run(args);
