using System.Globalization;
using System.Text;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// The canonical text of a transcript: one line per entry, comments and blank lines verbatim, one space between
/// tokens, compact JSON with keys in source order and numbers in their source spelling, Go-style durations,
/// plain sizes and standard base64. Lines end with <c>\n</c>.
/// </summary>
public static class TranscriptWriter
{
    /// <summary>The whole file.</summary>
    public static string Write(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var text = new StringBuilder();
        foreach (var entry in transcript.Entries)
        {
            text.Append(WriteEntry(entry)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One line, without its line break.</summary>
    public static string WriteEntry(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry switch
        {
            TranscriptComment comment => comment.Text,
            TranscriptBlank => string.Empty,
            MessageStep message => $"{Keyword(message.Direction)} {message.Name} {MessageJson.Serialize(message.Body)}",
            HandshakeStep handshake => $"handshake {MessageJson.Serialize(handshake.Body)}",
            SleepStep sleep => $"sleep {GoDuration.Format(sleep.Nanoseconds)}",
            DisconnectStep => "disconnect",
            SplitStep split => $"split {Keyword(split.Direction)} {string.Join(',', split.Sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)))} {split.Name} {MessageJson.Serialize(split.Body)}",
            RawStep raw => $"raw {Keyword(raw.Direction)} {Convert.ToBase64String([.. raw.Bytes])}",
            _ => throw new ArgumentException($"unknown transcript entry {entry.GetType().Name}", nameof(entry)),
        };
    }

    private static string Keyword(Direction direction) => TranscriptLine.Keyword(direction);
}
