using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// The strict check behind <c>ibkr lint</c>: the parser's syntax and binding checks plus, for every step,
/// a known message name for its direction, known keys and values that fit (<see cref="TranscriptVocabulary"/>).
/// </summary>
public static class TranscriptLint
{
    private static readonly HashSet<string> HandshakeKeys = ["server_version", "connection_time", "client_id"];

    /// <summary>Parses and checks one transcript; every problem names file, line and column.</summary>
    public static TranscriptParseResult Check(string path, string text) => TranscriptParser.Parse(path, text, Validate);

    /// <summary>The per-step check plugged into the parser.</summary>
    public static IEnumerable<TranscriptProblem> Validate(string path, TranscriptStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            MessageStep m => Resolve(path, step, m.Direction, m.Name, m.Body),
            SplitStep s => Resolve(path, step, s.Direction, s.Name, s.Body),
            HandshakeStep h => Handshake(path, h),
            _ => [],
        };
    }

    private static IEnumerable<TranscriptProblem> Resolve(string path, TranscriptStep step, Messages.Direction direction, string name, JsonObject body) =>
        TranscriptVocabulary.Resolve(direction, name, body).Problems.Select(p => new TranscriptProblem(path, step.Line, step.Column, p));

    private static IEnumerable<TranscriptProblem> Handshake(string path, HandshakeStep step)
    {
        foreach (var (key, value) in step.Body)
        {
            if (!HandshakeKeys.Contains(key))
            {
                yield return new TranscriptProblem(path, step.Line, step.Column, $"handshake: unknown key \"{key}\" (server_version, connection_time, client_id)");
            }
            else if (key == "server_version" && !TranscriptVocabulary.IsBinding(value) && !(value is JsonValue v && v.GetValueKind() == JsonValueKind.Number))
            {
                yield return new TranscriptProblem(path, step.Line, step.Column, $"handshake: server_version must be a number, got {value?.ToJsonString() ?? "null"}");
            }
        }
    }
}
