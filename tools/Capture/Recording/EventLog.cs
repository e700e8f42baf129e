using System.Text;

namespace Ibkr.Cli.Capture.Recording;

/// <summary>
/// events.jsonl, appended under a lock by every leg's pumps. Each line is flushed to the OS at once, so a
/// killed process leaves only whole lines behind.
/// </summary>
internal sealed class EventLog : IDisposable
{
    private readonly Lock _lock = new();
    private readonly FileStream _file;
    private readonly TimeProvider _time;

    public EventLog(string path, TimeProvider time)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        _time = time;
    }

    public void Connect(int leg) => Append(EventKinds.Connect, leg, null, null);

    public void Disconnect(int leg) => Append(EventKinds.Disconnect, leg, null, null);

    public void Chunk(int leg, string direction, ReadOnlySpan<byte> data) => Append(EventKinds.Chunk, leg, direction, data.ToArray());

    public void Dispose()
    {
        lock (_lock)
        {
            _file.Dispose();
        }
    }

    private void Append(string kind, int leg, string? direction, byte[]? data)
    {
        lock (_lock)
        {
            // The time is taken under the lock so lines are in time order.
            var line = CaptureEventJson.Write(new CaptureEvent(CaptureTime.Format(_time.GetUtcNow()), kind, leg, direction, data)) + "\n";
            _file.Write(Encoding.UTF8.GetBytes(line));
            _file.Flush();
        }
    }
}
