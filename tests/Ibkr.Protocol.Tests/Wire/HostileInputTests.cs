using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Tests.Support;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Wire;

/// <summary>Any bytes either decode to a message or raise ProtocolException naming where: nothing else.</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("", "frame: empty payload")]
    [InlineData("1|6|1", "frame: payload does not end with a NUL terminator")]
    [InlineData("|6|", "field 0: message id is not a non-negative integer")]
    [InlineData("x1|6|", "field 0: message id is not a non-negative integer")]
    [InlineData("1|6|abc|1|1.0|0|0|", "message 1, field 2: req_id: not a valid integer: \"abc\"")]
    [InlineData("1|6|1|1|1.2.3|0|0|", "message 1, field 4: price: not a valid number: \"1.2.3\"")]
    [InlineData("1|6|1|1|", "message 1, field 4: frame ends before field 4 (price)")]
    [InlineData("17|1|-1|", "message 17, field 2: bars count is negative (-1)")]
    [InlineData("17|1|1000000|x|", "message 17, field 2: bars count 1000000 exceeds the 1 fields left in the frame")]
    [InlineData("17|1||", "message 17, field 2: bars count is empty")]
    [InlineData("17|1|2x|", "message 17, field 2: bars count: not a valid integer: \"2x\"")]
    [InlineData("4|1|2|3|4|99999999999999999999|", "message 4, field 5: error_time_ms: not a valid integer")]
    public void Bad_payloads_name_the_message_and_field(string fields, string expected)
    {
        var error = Assert.Throws<ProtocolException>(() => new MessageDecoder(Direction.Server).Decode(WireVectors.Payload(fields)));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_never_escape_as_anything_but_protocol_errors()
    {
        var random = new Random(20261125);
        foreach (var direction in new[] { Direction.Server, Direction.Client })
        {
            var decoder = new MessageDecoder(direction);
            for (var i = 0; i < 20_000; i++)
            {
                var payload = new byte[random.Next(0, 64)];
                random.NextBytes(payload);
                DecodeOrProtocolError(decoder, payload);
            }
        }
    }

    [Fact]
    public void Every_truncation_and_mutation_of_every_message_type_is_handled()
    {
        var random = new Random(7);
        foreach (var descriptor in MessageCatalog.All)
        {
            var decoder = new MessageDecoder(descriptor.Direction);
            for (var sample = 0; sample < 5; sample++)
            {
                var message = descriptor.Create();
                message.Visit(new RandomFill(random));
                var payload = new MessageEncoder().EncodePayload(message);
                for (var cut = 0; cut < payload.Length; cut++)
                {
                    DecodeOrProtocolError(decoder, payload.AsSpan(0, cut).ToArray());
                }

                for (var m = 0; m < 40; m++)
                {
                    DecodeOrProtocolError(decoder, Mutate(payload, random));
                }
            }
        }
    }

    private static byte[] Mutate(byte[] payload, Random random)
    {
        var copy = payload.ToArray();
        var at = random.Next(copy.Length);
        copy[at] = random.Next(4) switch
        {
            0 => 0,
            1 => (byte)'-',
            2 => (byte)"9x.E+"[random.Next(5)],
            _ => (byte)random.Next(256),
        };
        return copy;
    }

    private static void DecodeOrProtocolError(MessageDecoder decoder, byte[] payload)
    {
        try
        {
            Assert.NotNull(decoder.Decode(payload));
        }
        catch (ProtocolException ex)
        {
            Assert.False(string.IsNullOrEmpty(ex.Reason));
        }
    }
}
