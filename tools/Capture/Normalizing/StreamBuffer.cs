using System.Buffers.Binary;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>
/// The bytes of one (leg, direction) stream not yet framed. Only the length prefixes delimit frames; the
/// client stream's un-framed <c>API\0</c> prefix is dropped once, at the very start of the stream.
/// </summary>
internal sealed class StreamBuffer(bool client)
{
    private static readonly byte[] ApiPrefix = "API\0"u8.ToArray();
    private byte[] _bytes = new byte[256];
    private int _count;
    private bool _prefixChecked = !client;

    public int Pending => _count;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_bytes.Length < _count + data.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_count + data.Length, _bytes.Length * 2));
        }

        data.CopyTo(_bytes.AsSpan(_count));
        _count += data.Length;
        if (!_prefixChecked && _count >= ApiPrefix.Length)
        {
            _prefixChecked = true;
            if (_bytes.AsSpan(0, ApiPrefix.Length).SequenceEqual(ApiPrefix))
            {
                Consume(ApiPrefix.Length);
            }
        }
    }

    /// <summary>Takes every complete frame payload off the front. Throws <see cref="ProtocolException"/> for a bad length.</summary>
    public List<byte[]> TakeFrames()
    {
        var frames = new List<byte[]>();
        if (!_prefixChecked)
        {
            return frames;
        }

        var offset = 0;
        while (_count - offset >= FrameReader.HeaderLength)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(offset));
            if (length == 0)
            {
                throw new ProtocolException("zero-length frame");
            }

            if (length > FrameReader.DefaultMaxFrameLength)
            {
                // Reported now, not (as ibkr-go does) as a truncated frame at disconnect.
                throw new ProtocolException($"frame length {length} exceeds the limit of {FrameReader.DefaultMaxFrameLength} bytes");
            }

            if (_count - offset - FrameReader.HeaderLength < length)
            {
                break;
            }

            frames.Add(_bytes.AsSpan(offset + FrameReader.HeaderLength, (int)length).ToArray());
            offset += FrameReader.HeaderLength + (int)length;
        }

        Consume(offset);
        return frames;
    }

    private void Consume(int n)
    {
        _bytes.AsSpan(n, _count - n).CopyTo(_bytes);
        _count -= n;
    }
}
