using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>
/// One frame payload as one transcript step: the decoded message through the transcript JSON mapping when it
/// maps back to exactly the recorded bytes, else a <c>raw</c> step holding the frame (length prefix included).
/// A frame is always one step (historical_data keeps its bars in one line) so a transcript's step counts
/// survive a record and normalize.
/// </summary>
internal sealed class FrameSteps
{
    private readonly MessageDecoder _client = new(Direction.Client);
    private readonly MessageDecoder _server = new(Direction.Server);
    private readonly MessageEncoder _encoder = new();

    public TranscriptStep Step(Direction direction, byte[] payload)
    {
        var line = Decode(direction, payload);
        return line is null
            ? new RawStep(0, 1, direction, FrameWriter.Frame(payload))
            : new MessageStep(0, 1, direction, line.Name, line.Body);
    }

    /// <summary>The decoded message, or null when it is unknown, does not decode, or would not re-encode to these bytes.</summary>
    public Message? Message(Direction direction, byte[] payload)
    {
        try
        {
            var message = (direction == Direction.Client ? _client : _server).Decode(payload.AsSpan());
            return message is UnknownMessage ? null : message;
        }
        catch (ProtocolException)
        {
            return null;
        }
    }

    private TranscriptLine? Decode(Direction direction, byte[] payload)
    {
        if (Message(direction, payload) is not { } message)
        {
            return null;
        }

        var lines = TranscriptView.Lines(message);
        var line = lines.Count == 1 ? lines[0] : new TranscriptLine(direction, message.Descriptor.Name, MessageJson.ToJson(message));
        var resolved = TranscriptVocabulary.Resolve(direction, line.Name, line.Body);
        if (!resolved.Resolved)
        {
            return null;
        }

        var rebuilt = MessageJson.FromJson(resolved.Descriptor!, resolved.Body);
        return _encoder.Encode(rebuilt).SequenceEqual(payload) ? line : null;
    }
}
