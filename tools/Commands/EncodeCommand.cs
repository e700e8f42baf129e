using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr encode</c>: transcript step lines on standard input to base64 payloads.</summary>
internal static class EncodeCommand
{
    public static Command Create(CliConsole console)
    {
        var direction = new Option<Direction>("--direction") { Description = "Direction for lines written as 'NAME {json}' without server/client.", DefaultValueFactory = _ => Direction.Server };
        var command = new Command("encode", "Encode transcript step lines ('server NAME {json}' / 'client NAME {json}') from standard input into base64 payloads.")
        {
            direction,
        };
        command.SetAction(parse => Run(console, parse.GetValue(direction)));
        return command;
    }

    public static int Run(CliConsole console, Direction defaultDirection)
    {
        var encoder = new MessageEncoder();
        var failures = 0;
        var number = 0;
        while (console.In.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            try
            {
                var message = Parse(text, defaultDirection);
                console.Out.WriteLine(Convert.ToBase64String(encoder.Encode(message)));
            }
            catch (Exception ex) when (ex is FormatException or JsonException or JsonMappingException or ProtocolException)
            {
                console.Out.WriteLine($"error: line {number}: {ex.Message}");
                failures++;
            }
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }

    private static Message Parse(string text, Direction defaultDirection)
    {
        var direction = defaultDirection;
        var rest = text;
        if (text.StartsWith("server ", StringComparison.Ordinal) || text.StartsWith("client ", StringComparison.Ordinal))
        {
            direction = text[0] == 's' ? Direction.Server : Direction.Client;
            rest = text[7..];
        }

        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? rest : rest[..space];
        var json = space < 0 ? "{}" : rest[(space + 1)..];
        var descriptor = MessageCatalog.Find(direction, name)
            ?? throw new FormatException($"unknown {TranscriptKeyword(direction)} message \"{name}\"");
        var body = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("the body must be a JSON object");
        return MessageJson.FromJson(descriptor, body);
    }

    private static string TranscriptKeyword(Direction direction) => direction == Direction.Server ? "server" : "client";
}
