using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Ibkr.Cli.Capture;

/// <summary>
/// Writes an event line in ibkr-go's key order (<c>at, kind, leg, direction, length, data</c>), leaving out
/// empty values as its <c>omitempty</c> tags do, so captures from either tool are interchangeable.
/// </summary>
internal static class CaptureEventJson
{
    public static string Write(CaptureEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("at", e.At);
            json.WriteString("kind", e.Kind);
            if (e.Leg != 0)
            {
                json.WriteNumber("leg", e.Leg);
            }

            if (e.Direction is not null)
            {
                json.WriteString("direction", e.Direction);
            }

            if (e.Data is { Length: > 0 } data)
            {
                json.WriteNumber("length", data.Length);
                json.WriteString("data", Convert.ToBase64String(data));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
