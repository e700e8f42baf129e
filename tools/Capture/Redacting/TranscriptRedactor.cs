using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Redacting;

/// <summary>A transcript with its identifiers replaced: step bodies by key, comments as text, raw frames decoded, redacted and re-framed.</summary>
internal static class TranscriptRedactor
{
    public static string Redact(Transcript transcript, TextRedactor text, PayloadRedactor payloads)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var entries = transcript.Entries.Select(entry => Redact(entry, text, payloads)).ToList();
        return TranscriptWriter.Write(transcript with { Entries = entries });
    }

    private static TranscriptEntry Redact(TranscriptEntry entry, TextRedactor text, PayloadRedactor payloads)
    {
        switch (entry)
        {
            case TranscriptComment comment:
                return comment with { Text = text.Text(comment.Text) };
            case MessageStep message:
                var body = message.Body.DeepClone().AsObject();
                text.Json(body);
                return message with { Body = body };
            case SplitStep split:
                var splitBody = split.Body.DeepClone().AsObject();
                text.Json(splitBody);
                return split with { Body = splitBody };
            case RawStep raw:
                var bytes = raw.Bytes.ToArray();
                ReadOnlySpan<byte> span = bytes;
                try
                {
                    if (FrameReader.TryReadFrame(ref span, out var payload) && span.IsEmpty)
                    {
                        return raw with { Bytes = FrameWriter.Frame(payloads.Redact(raw.Direction, payload.ToArray())) };
                    }
                }
                catch (ProtocolException)
                {
                    // Not one whole frame: a fault case, kept as written.
                }

                return raw;
            default:
                return entry;
        }
    }
}
