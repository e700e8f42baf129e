using System.Buffers.Text;
using System.Globalization;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// Extension point for vocabulary checks (message names, keys, value types) run on every step that parsed cleanly.
/// </summary>
public delegate IEnumerable<TranscriptProblem> TranscriptStepValidator(string path, TranscriptStep step);

/// <summary>
/// Strict parser for the replay-script grammar (docs: shared protocol/testhost-matching.md §1, §2, §7).
/// Where ibkr-go is lenient (unknown kinds skipped, bad split sizes dropped, directions checked only at run time,
/// unbound <c>$names</c> sent literally) this parser reports a problem. It never throws for bad input.
/// </summary>
public static class TranscriptParser
{
    private static readonly string[] Kinds = ["client", "server", "handshake", "sleep", "disconnect", "split", "raw"];

    /// <summary>Parses <paramref name="text"/> (the contents of <paramref name="path"/>).</summary>
    public static TranscriptParseResult Parse(string path, string text, TranscriptStepValidator? validate = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<TranscriptEntry>();
        var problems = new List<TranscriptProblem>();
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        var count = text.Length == 0 ? 0 : text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            var raw = lines[i];
            var trimmed = raw.Trim();
            var lead = raw.Length - raw.TrimStart().Length;
            var line = new LineParser(path, i + 1, lead, trimmed, problems, bound);
            var entry = line.Parse();
            if (entry is null)
            {
                continue;
            }

            entries.Add(entry);
            if (entry is TranscriptStep step && validate is not null)
            {
                problems.AddRange(validate(path, step));
            }
        }

        return new TranscriptParseResult(new Transcript(path, entries), problems);
    }

    private sealed class LineParser(string path, int number, int lead, string text, List<TranscriptProblem> problems, HashSet<string> bound)
    {
        private int _pos;

        public TranscriptEntry? Parse()
        {
            if (text.Length == 0)
            {
                return new TranscriptBlank(number);
            }

            if (text[0] == '#')
            {
                return new TranscriptComment(number, Column(0), text);
            }

            var kind = Token("step kind");
            return kind switch
            {
                null => null,
                "disconnect" => Disconnect(),
                "sleep" => Sleep(),
                "handshake" => Handshake(),
                "raw" => Raw(),
                "split" => Split(),
                "client" => Message(Direction.Client),
                "server" => Message(Direction.Server),
                _ => Fail(0, UnknownKind(kind)),
            };
        }

        private static string UnknownKind(string kind)
        {
            var hint = Kinds.FirstOrDefault(k => string.Equals(k, kind, StringComparison.OrdinalIgnoreCase));
            return hint is null
                ? $"unknown step kind \"{kind}\" (expected one of {string.Join(", ", Kinds)})"
                : $"unknown step kind \"{kind}\" (did you mean \"{hint}\"?)";
        }

        private int Column(int index) => lead + index + 1;

        private TranscriptEntry? Fail(int index, string reason)
        {
            problems.Add(new TranscriptProblem(path, number, Column(index), reason));
            return null;
        }

        /// <summary>The next single-space-separated token, or null (with a problem) when it is missing or empty.</summary>
        private string? Token(string what)
        {
            if (_pos >= text.Length)
            {
                Fail(text.Length, $"missing {what}");
                return null;
            }

            var end = text.IndexOf(' ', _pos);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end == _pos)
            {
                Fail(_pos, $"extra space before {what} (tokens are separated by one space)");
                return null;
            }

            var token = text[_pos..end];
            _pos = Math.Min(end + 1, text.Length);
            return token;
        }

        private TranscriptEntry? Disconnect() =>
            _pos < text.Length ? Fail(_pos, "unexpected text after disconnect") : new DisconnectStep(number, Column(0));

        private TranscriptEntry? Sleep()
        {
            var start = _pos;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var spelling = text[start..];
            if (spelling.Length == 0)
            {
                return Fail(text.Length, "missing duration");
            }

            var ns = GoDuration.TryParse(spelling, out var error);
            if (ns is null)
            {
                return Fail(start, error!);
            }

            if (ns < 0)
            {
                return Fail(start, $"negative duration \"{spelling}\"");
            }

            return new SleepStep(number, Column(0), TimeSpan.FromTicks(ns.Value / 100), ns.Value, spelling);
        }

        private HandshakeStep? Handshake()
        {
            var json = Json(isHandshake: true);
            return json is null ? null : new HandshakeStep(number, Column(0), json);
        }

        private MessageStep? Message(Direction direction)
        {
            var name = Name();
            if (name is null)
            {
                return null;
            }

            var json = Json(bindsAll: direction == Direction.Client);
            return json is null ? null : new MessageStep(number, Column(0), direction, name, json);
        }

        private TranscriptEntry? Split()
        {
            var direction = DirectionToken("split");
            if (direction is null)
            {
                return null;
            }

            var sizesAt = _pos;
            var sizesText = Token("split sizes");
            if (sizesText is null)
            {
                return null;
            }

            var sizes = new List<int>();
            var itemAt = sizesAt;
            foreach (var item in sizesText.Split(','))
            {
                if (item.Length == 0 || !item.All(char.IsAsciiDigit) || !int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
                {
                    return Fail(itemAt, $"bad split size \"{item}\" (expected a positive integer)");
                }

                if (size <= 0)
                {
                    return Fail(itemAt, $"split size must be positive, got {item}");
                }

                sizes.Add(size);
                itemAt += item.Length + 1;
            }

            var name = Name();
            if (name is null)
            {
                return null;
            }

            var json = Json();
            return json is null ? null : new SplitStep(number, Column(0), direction.Value, sizes, name, json);
        }

        private TranscriptEntry? Raw()
        {
            var direction = DirectionToken("raw");
            if (direction is null)
            {
                return null;
            }

            if (_pos >= text.Length)
            {
                return Fail(text.Length, "missing base64 bytes");
            }

            var data = text[_pos..];
            var bad = data.IndexOfAny([' ', '\t']);
            if (bad >= 0)
            {
                return Fail(_pos + bad, "bad base64: whitespace inside");
            }

            if (!Base64.IsValid(data) || data.Length % 4 != 0)
            {
                return Fail(_pos, "bad base64 (standard alphabet with padding expected)");
            }

            var bytes = Convert.FromBase64String(data);
            return bytes.Length == 0 ? Fail(_pos, "missing base64 bytes") : new RawStep(number, Column(0), direction.Value, bytes);
        }

        private Direction? DirectionToken(string kind)
        {
            var at = _pos;
            var token = Token($"{kind} direction");
            switch (token)
            {
                case null:
                    return null;
                case "client":
                    return Direction.Client;
                case "server":
                    return Direction.Server;
                default:
                    Fail(at, $"bad {kind} direction \"{token}\" (expected client or server)");
                    return null;
            }
        }

        private string? Name()
        {
            var at = _pos;
            var name = Token("message name");
            if (name is not null && name.StartsWith('{'))
            {
                Fail(at, "missing message name");
                return null;
            }

            return name;
        }

        private System.Text.Json.Nodes.JsonObject? Json(bool bindsAll = false, bool isHandshake = false)
        {
            if (_pos >= text.Length)
            {
                Fail(text.Length, "missing JSON body");
                return null;
            }

            var result = StepJson.Parse(text[_pos..]);
            if (result.Body is null)
            {
                Fail(_pos + result.ErrorOffset, result.Error!);
                return null;
            }

            foreach (var value in result.Strings)
            {
                if (!value.Value.StartsWith('$'))
                {
                    continue;
                }

                if (bindsAll)
                {
                    bound.Add(value.Value);
                }
                else if (!(isHandshake && value.IsClientId) && !bound.Contains(value.Value))
                {
                    Fail(_pos + value.Offset, $"binding {value.Value} is used before a client step binds it");
                }
            }

            foreach (var value in result.Strings.Where(v => isHandshake && v.IsClientId && v.Value.StartsWith('$')))
            {
                bound.Add(value.Value);
            }

            return problems.Any(p => p.Line == number) ? null : result.Body;
        }
    }
}
