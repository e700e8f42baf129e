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

    [Params("tick_price", "tick_size", "order_status", "open_order", "execution_detail", "historical_data", "mix")]
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Streams.FramesPerStream)]
    public int SplitOnly()
    {
        var fields = 0;
        ReadOnlySpan<byte> buffer = _stream;
        while (FrameReader.TryReadFrame(ref buffer, out var payload))
        {
            // Find every field boundary, as a decoder must, and look at each field's first byte.
            while (!payload.IsEmpty)
            {
                var nul = payload.IndexOf((byte)0);
                fields += nul > 0 ? payload[0] & 1 : 1;
                payload = payload[(nul + 1)..];
            }
        }

        return fields;
    }

    [Benchmark(OperationsPerInvoke = Streams.FramesPerStream)]
    public int Decode()
    {
        var count = 0;
        var memory = _stream.AsMemory();
        while (memory.Length >= FrameReader.HeaderLength)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(memory.Span);
            var message = _decoder.Decode(memory.Slice(FrameReader.HeaderLength, length));
            count += message is null ? 0 : 1;
            memory = memory[(FrameReader.HeaderLength + length)..];
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
