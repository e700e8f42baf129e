using System.Buffers;
using BenchmarkDotNet.Attributes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Benchmarks;

/// <summary>
/// Per-message cost of decoding and encoding each scenario, against a baseline that only splits the
/// same bytes into frames and fields. All results are per message (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    private byte[] _stream = [];
    private List<Message> _messages = [];
    private MessageDecoder _decoder = new(Direction.Server);
    private readonly MessageEncoder _encoder = new();
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private readonly Range[] _ranges = new Range[4096];

    [Params("tick_price", "tick_size", "order_status", "open_order", "execution_detail", "historical_data", "mix", "mix-sorted")]
    public string Scenario { get; set; } = "mix";

    /// <summary>Bytes per message in this scenario (for MB/s).</summary>
    public double BytesPerMessage => (double)_stream.Length / Streams.FramesPerStream;

    [GlobalSetup]
    public void Setup()
    {
        _stream = Streams.Build(Scenario);
        _messages = Streams.Messages(Scenario);
        _decoder = new MessageDecoder(Direction.Server);
        Console.WriteLine($"// {Scenario}: {_stream.Length} bytes in {Streams.FramesPerStream} frames, {BytesPerMessage:F1} bytes/message");
    }

    /// <summary>The same bytes cut into frames and each frame into its fields' ranges, nothing decoded.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Streams.FramesPerStream)]
    public int SplitOnly()
    {
        var fields = 0;
        ReadOnlySpan<byte> buffer = _stream;
        while (FrameReader.TryReadFrame(ref buffer, out var payload))
        {
            fields += WireFields.Split(payload, _ranges);
        }

        return fields;
    }

    [Benchmark(OperationsPerInvoke = Streams.FramesPerStream)]
    public int Decode()
    {
        // Frames are cut exactly as in the baseline; each payload is decoded in place from the stream's array.
        var count = 0;
        ReadOnlySpan<byte> buffer = _stream;
        while (FrameReader.TryReadFrame(ref buffer, out var payload))
        {
            var offset = _stream.Length - buffer.Length - payload.Length;
            count += _decoder.Decode(_stream, offset, payload.Length) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Streams.FramesPerStream)]
    public int Encode()
    {
        _output.ResetWrittenCount();
        foreach (var message in _messages)
        {
            _encoder.WriteFrame(message, _output);
        }

        return _output.WrittenCount;
    }
}
