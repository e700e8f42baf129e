using System.Text;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Redacting;

/// <summary>
/// Redacts one frame payload. A payload the codec reads and writes back byte for byte is redacted on its
/// decoded fields (so perm ids are found by position) and encoded again; anything else field by field as text.
/// The caller re-frames: a placeholder of another length changes the length prefix.
/// </summary>
internal sealed class PayloadRedactor(TextRedactor text)
{
    private readonly MessageDecoder _client = new(Direction.Client);
    private readonly MessageDecoder _server = new(Direction.Server);
    private readonly MessageEncoder _encoder = new();

    public byte[] Redact(Direction direction, byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (Decode(direction, payload) is { } message)
        {
            var json = MessageJson.ToJson(message);
            text.Json(json);
            return _encoder.EncodePayload(MessageJson.FromJson(message.Descriptor, json));
        }

        var fields = Encoding.UTF8.GetString(payload).Split('\0');
        return Encoding.UTF8.GetBytes(string.Join('\0', fields.Select(text.Text)));
    }

    private Message? Decode(Direction direction, byte[] payload)
    {
        try
        {
            var message = (direction == Direction.Client ? _client : _server).Decode(payload.AsSpan());
            return message is not UnknownMessage && _encoder.Encode(message).SequenceEqual(payload) ? message : null;
        }
        catch (ProtocolException)
        {
            return null;
        }
    }
}
