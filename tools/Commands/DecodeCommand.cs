using System.CommandLine;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Commands;

/// <summary><c>ibkr decode</c>: payloads on standard input, one per line, to transcript lines.</summary>
internal static class DecodeCommand
{
    public static Command Create(CliConsole console)
    {
        var direction = new Option<Direction>("--direction") { Description = "Who sent the payloads: server (default) or client.", DefaultValueFactory = _ => Direction.Server };
        var hex = new Option<bool>("--hex") { Description = "Payloads are hex instead of base64." };
        var command = new Command("decode", "Decode payloads (base64 or hex, no length prefix), one per line on standard input, into transcript lines.")
        {
            direction,
            hex,
        };
        command.SetAction(parse => Run(console, parse.GetValue(direction), parse.GetValue(hex)));
        return command;
    }

    public static int Run(CliConsole console, Direction direction, bool hex)
    {
        var decoder = new MessageDecoder(direction);
        var failures = 0;
        var number = 0;
        while (console.In.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!PayloadText.TryParse(line, hex, out var payload, out var error))
            {
                console.Out.WriteLine($"error: line {number}: {error}");
                failures++;
                continue;
            }

            try
            {
                foreach (var text in Decode(decoder, direction, payload))
                {
                    console.Out.WriteLine(text);
                }
            }
            catch (ProtocolException ex)
            {
                console.Out.WriteLine($"error: line {number}: {ex.Message}");
                failures++;
            }
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }

    private static IEnumerable<string> Decode(MessageDecoder decoder, Direction direction, byte[] payload)
    {
        if (direction == Direction.Client && HandshakePayloads.TryReadVersionRange(payload, out var range))
        {
            return [HandshakePayloads.VersionRangeLine(range)];
        }

        if (direction == Direction.Server && HandshakePayloads.TryReadServerInfo(payload, out var info))
        {
            return [HandshakePayloads.ServerInfoLine(info)];
        }

        return TranscriptView.Lines(decoder.Decode(payload)).Select(l => l.ToString());
    }
}
