using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>The decoders' switch tables and the catalog must name the same type for every id.</summary>
public class DispatchTableTests
{
    [Fact]
    public void Every_cataloged_message_decodes_to_its_own_type_and_nothing_else_is_claimed()
    {
        var reader = new WireReader();
        var encoder = new MessageEncoder();
        for (var id = 0; id < 512; id++)
        {
            foreach (var direction in new[] { Direction.Server, Direction.Client })
            {
                var descriptor = MessageCatalog.Find(direction, id);
                var payload = descriptor is null
                    ? System.Text.Encoding.ASCII.GetBytes($"{id}\0")
                    : encoder.EncodePayload(descriptor.Create());
                reader.Begin(payload, 0, payload.Length);
                var decoded = direction == Direction.Server ? DispatchTable.ReadServer(id, reader) : DispatchTable.ReadClient(id, reader);
                if (descriptor is null)
                {
                    Assert.Null(decoded);
                }
                else
                {
                    Assert.True(decoded?.GetType() == descriptor.Type, $"{direction} id {id}: table gives {decoded?.GetType().Name ?? "nothing"}, catalog {descriptor.Type.Name}");
                }
            }
        }
    }
}
