using System.Buffers;
using System.IO.Pipelines;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Wire;

public class FrameReaderTests
{
    private static readonly byte[] TwoFrames = [.. FrameWriter.Frame("9\01\07\0"u8), .. FrameWriter.Frame("15\01\0DU0000001\0"u8)];

    [Fact]
    public void Several_frames_in_one_read_come_out_one_by_one()
    {
        var buffer = new ReadOnlySequence<byte>(TwoFrames);
        Assert.True(FrameReader.TryReadFrame(ref buffer, out var first));
        Assert.True(FrameReader.TryReadFrame(ref buffer, out var second));
        Assert.False(FrameReader.TryReadFrame(ref buffer, out _));
        Assert.Equal("9\01\07\0"u8.ToArray(), first.ToArray());
        Assert.Equal("15\01\0DU0000001\0"u8.ToArray(), second.ToArray());
        Assert.True(buffer.IsEmpty);
    }

    [Fact]
    public async Task Frames_split_at_every_byte_position_across_pipe_reads_are_reassembled()
    {
        for (var cut = 1; cut < TwoFrames.Length; cut++)
        {
            var pipe = new Pipe();
            await pipe.Writer.WriteAsync(TwoFrames.AsMemory(0, cut), TestContext.Current.CancellationToken);
            var frames = new List<byte[]>();
            var reading = ReadAllAsync(pipe.Reader, frames);
            await pipe.Writer.WriteAsync(TwoFrames.AsMemory(cut), TestContext.Current.CancellationToken);
            await pipe.Writer.CompleteAsync();
            await reading;
            Assert.Equal(2, frames.Count);
            Assert.Equal("15\01\0DU0000001\0"u8.ToArray(), frames[1]);
        }
    }

    [Fact]
    public void A_length_over_the_limit_is_refused_from_the_header_alone()
    {
        // Only the 4 header bytes exist: the reader must refuse without waiting for (or allocating) 2 GB.
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF });
        var error = Assert.Throws<ProtocolException>(() => FrameReader.TryReadFrame(ref buffer, out _));
        Assert.Contains("2147483647 exceeds the limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_with_the_top_bit_set_is_refused()
    {
        var error = Assert.Throws<ProtocolException>(() =>
        {
            ReadOnlySpan<byte> buffer = [0xFF, 0xFF, 0xFF, 0xF0];
            FrameReader.TryReadFrame(ref buffer, out _);
        });
        Assert.Contains("4294967280 exceeds the limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_length_is_refused()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0, 0, 0, 0, 1 });
        var error = Assert.Throws<ProtocolException>(() => FrameReader.TryReadFrame(ref buffer, out _));
        Assert.Equal("frame: zero-length frame", error.Message);
    }

    [Fact]
    public void A_configured_limit_is_honoured()
    {
        var frame = FrameWriter.Frame("9\01\07\0"u8);
        var buffer = new ReadOnlySequence<byte>(frame);
        Assert.Throws<ProtocolException>(() => FrameReader.TryReadFrame(ref buffer, out _, maxFrameLength: 5));
    }

    [Fact]
    public void The_writer_prefixes_a_big_endian_length()
    {
        var writer = new ArrayBufferWriter<byte>();
        FrameWriter.WriteFrame(writer, "61\01\0"u8);
        Assert.Equal(new byte[] { 0, 0, 0, 5, (byte)'6', (byte)'1', 0, (byte)'1', 0 }, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void The_writer_refuses_empty_and_oversized_payloads()
    {
        Assert.Throws<ProtocolException>(() => FrameWriter.WriteFrame(new ArrayBufferWriter<byte>(), ReadOnlySpan<byte>.Empty));
        Assert.Throws<ProtocolException>(() => FrameWriter.WriteFrame(new ArrayBufferWriter<byte>(), new byte[11], maxFrameLength: 10));
    }

    private static async Task ReadAllAsync(PipeReader reader, List<byte[]> frames)
    {
        while (true)
        {
            var result = await reader.ReadAsync(TestContext.Current.CancellationToken);
            var buffer = result.Buffer;
            while (FrameReader.TryReadFrame(ref buffer, out var payload))
            {
                frames.Add(payload.ToArray());
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        await reader.CompleteAsync();
    }
}
