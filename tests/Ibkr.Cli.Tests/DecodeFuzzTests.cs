using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Tests;

/// <summary><c>ibkr decode</c> fed 10,000 random and mutated payloads.</summary>
public class DecodeFuzzTests
{
    private static readonly string[] Seeds =
    [
        """server tick_price {"req_id":1001,"field":1,"price":"189.10","size":"300","attr_mask":3}""",
        """server tick_size {"req_id":1001,"field":74,"size":"312894"}""",
        """server api_error {"req_id":-1,"code":2104,"message":"farm OK","error_time_ms":1775425766350}""",
        """server managed_accounts {"accounts":["DU0000001","DU0000002"]}""",
        """server historical_data {"req_id":7,"bars":[{"time":"20260409","open":"1","high":"2","low":"0.5","close":"1.5","volume":"10","wap":"1.2","count":4}]}""",
    ];

    [Fact]
    public void Every_bad_payload_gets_one_error_line_and_no_stack_trace()
    {
        var (_, encoded, _) = Cli.Run(string.Join('\n', Seeds), "encode");
        var seeds = Cli.Lines(encoded).Select(Convert.FromBase64String).ToArray();
        var random = new Random(1125);
        var payloads = new List<byte[]>();
        for (var i = 0; i < 10_000; i++)
        {
            payloads.Add(i % 4 == 0 ? RandomBytes(random) : Mutate(seeds[random.Next(seeds.Length)], random));
        }

        var expectedBad = new HashSet<int>();
        var decoder = new MessageDecoder(Direction.Server);
        for (var i = 0; i < payloads.Count; i++)
        {
            if (!DecodesInLibrary(decoder, payloads[i]))
            {
                expectedBad.Add(i + 1);
            }
        }

        var (exit, output, error) = Cli.Run(string.Join('\n', payloads.Select(Convert.ToBase64String)), "decode");

        var errorLines = Cli.Lines(output).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        var reported = errorLines.Select(l => int.Parse(l.Split(' ')[2].TrimEnd(':'), System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(1, exit);
        Assert.True(expectedBad.Count > 1_000, $"only {expectedBad.Count} of 10000 payloads were bad");
        Assert.Equal(expectedBad.Count, errorLines.Count);
        Assert.True(expectedBad.SetEquals(reported));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.Empty(error);
        Assert.All(errorLines, l => Assert.Matches(@"^error: line \d+: (frame|message \d+|field \d+|message \d+, field \d+): .+", l));
    }

    private static bool DecodesInLibrary(MessageDecoder decoder, byte[] payload)
    {
        try
        {
            decoder.Decode(payload);
            return true;
        }
        catch (ProtocolException)
        {
            return false;
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 48)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var copy = seed.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && copy.Count > 1; e++)
        {
            var at = random.Next(copy.Count);
            switch (random.Next(4))
            {
                case 0:
                    copy.RemoveRange(at, copy.Count - at);
                    break;
                case 1:
                    copy[at] = (byte)"x-9.E\0"[random.Next(6)];
                    break;
                case 2:
                    copy.Insert(at, 0);
                    break;
                default:
                    copy[at] = (byte)random.Next(256);
                    break;
            }
        }

        return copy.Count == 0 ? [0] : [.. copy];
    }
}
