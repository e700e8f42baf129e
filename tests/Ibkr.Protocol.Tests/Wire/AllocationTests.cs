using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Wire;

/// <summary>
/// Decoding allocates the message objects and nothing else: no per-field strings or buffers.
/// Counted with the runtime's per-thread allocation counter, which is exact.
/// </summary>
public class AllocationTests
{
    [Fact]
    public void Decoding_price_and_size_ticks_allocates_only_the_message_objects()
    {
        var encoder = new MessageEncoder();
        var payloads = new List<ReadOnlyMemory<byte>>();
        for (var i = 0; i < 500; i++)
        {
            payloads.Add(encoder.EncodePayload(new TickPrice { ReqId = i % 7, Field = i % 4, Price = 100m + (i / 100m), Size = i, AttrMask = i % 3 }));
            payloads.Add(encoder.EncodePayload(new TickSize { ReqId = i % 7, Field = 8, Size = 1000 + i }));
        }

        var decoder = new MessageDecoder(Direction.Server);
        DecodeAll(decoder, payloads);
        var priceObject = Measure(() => GC.KeepAlive(new TickPrice()));
        var sizeObject = Measure(() => GC.KeepAlive(new TickSize()));

        var allocated = Measure(() => DecodeAll(decoder, payloads));

        Assert.Equal(500 * (priceObject + sizeObject), allocated);
    }

    [Fact]
    public void Decoding_account_values_with_repeated_text_allocates_only_the_message_objects()
    {
        var encoder = new MessageEncoder();
        string[] keys = ["NetLiquidation", "BuyingPower", "TotalCashValue", "AvailableFunds"];
        var payloads = new List<ReadOnlyMemory<byte>>();
        for (var i = 0; i < 400; i++)
        {
            payloads.Add(encoder.EncodePayload(new AccountValue { Key = keys[i % 4], Value = "100000.00", Currency = "USD", AccountName = "DU0000001" }));
        }

        var decoder = new MessageDecoder(Direction.Server);
        DecodeAll(decoder, payloads);
        var messageObject = Measure(() => GC.KeepAlive(new AccountValue()));

        var allocated = Measure(() => DecodeAll(decoder, payloads));

        Assert.Equal(400 * messageObject, allocated);
    }

    [Fact]
    public void Repeated_short_strings_come_from_the_decoder_cache()
    {
        var payload = new MessageEncoder().EncodePayload(new ManagedAccounts { Accounts = ["DU0000001"] });
        var decoder = new MessageDecoder(Direction.Server);
        var first = (ManagedAccounts)decoder.Decode(payload);
        var second = (ManagedAccounts)decoder.Decode(payload);
        Assert.Same(first.Accounts[0], second.Accounts[0]);
    }

    private static void DecodeAll(MessageDecoder decoder, List<ReadOnlyMemory<byte>> payloads)
    {
        foreach (var payload in payloads)
        {
            decoder.Decode(payload);
        }
    }

    private static long Measure(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
