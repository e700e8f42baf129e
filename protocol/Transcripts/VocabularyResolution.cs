using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// A transcript step read in our vocabulary: the message type it stands for (null when the name is
/// unknown), the body in our keys, and what could not be mapped (empty when the step resolves cleanly).
/// </summary>
public sealed record VocabularyResolution(MessageDescriptor? Descriptor, JsonObject Body, IReadOnlyList<string> Problems)
{
    /// <summary>True when the step maps to a message with no problems.</summary>
    public bool Resolved => Descriptor is not null && Problems.Count == 0;
}
