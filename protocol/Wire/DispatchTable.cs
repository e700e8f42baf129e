using System.Runtime.CompilerServices;
using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Wire;

/// <summary>
/// The decoders' dispatch: one switch per direction from message id to a new message filled by the reader.
/// Each arm creates the exact type and <see cref="Fill{T}"/> is inlined into it, so the JIT calls that type's
/// Visit directly (and can inline the sealed <see cref="WireReader"/>'s field reads); a mixed stream pays one
/// jump per frame. <c>DispatchTableTests</c> fails when the tables and <see cref="MessageCatalog"/> disagree.
/// </summary>
internal static partial class DispatchTable
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Fill<T>(T message, WireReader reader)
        where T : Message
    {
        message.Visit(reader);
        return message;
    }
}
