using FsCheck;
using FsCheck.Fluent;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Tests.Support;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Encode-then-decode is the identity for every message type, over generated values.</summary>
public class RoundTripProperties
{
    public static TheoryData<string> AllMessages()
    {
        var data = new TheoryData<string>();
        foreach (var d in MessageCatalog.All)
        {
            data.Add($"{d.Direction}:{d.Name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllMessages))]
    public void Encode_then_decode_gives_back_the_message(string message)
    {
        var (direction, name) = (Enum.Parse<Direction>(message.Split(':')[0]), message.Split(':')[1]);
        var descriptor = MessageCatalog.Find(direction, name)!;
        var seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();
        var property = Prop.ForAll(seeds, seed =>
        {
            var original = descriptor.Create();
            original.Visit(new RandomFill(new Random(seed)));
            var payload = new MessageEncoder().EncodePayload(original);
            var decoded = new MessageDecoder(direction).Decode(payload);

            Assert.IsType(descriptor.Type, decoded);
            Assert.Equal(MessageJson.Serialize(MessageJson.ToJson(original)), MessageJson.Serialize(MessageJson.ToJson(decoded)));
            Assert.Equal(payload, new MessageEncoder().EncodePayload(decoded));
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void The_catalog_holds_both_directions()
    {
        Assert.Contains(MessageCatalog.All, d => d.Direction == Direction.Server);
        Assert.Contains(MessageCatalog.All, d => d.Direction == Direction.Client);
    }
}
