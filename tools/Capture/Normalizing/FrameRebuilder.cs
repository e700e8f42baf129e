using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>The frames of a capture: connect, frame and disconnect events in recorded order, or the first problem.</summary>
internal sealed record RebuiltCapture(IReadOnlyList<CaptureEvent> Events, CaptureProblem? Problem)
{
    public IEnumerable<CaptureEvent> Frames => Events.Where(e => e.Kind == EventKinds.Frame);
}

/// <summary>
/// Rebuilds frames per leg and direction from events.jsonl chunks (capture-tooling.md §3.3). Each frame takes
/// the time of the chunk that completed it. Problems: a leg connected twice, a disconnect without a connect,
/// a bad length, bytes left over at disconnect, a leg never disconnected.
/// </summary>
internal static class FrameRebuilder
{
    public static RebuiltCapture Rebuild(IReadOnlyList<LineEvent> events, string file = CaptureFiles.Events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var output = new List<CaptureEvent>();
        var open = new Dictionary<int, int>();
        var streams = new Dictionary<(int Leg, string Direction), StreamBuffer>();
        foreach (var (line, e) in events)
        {
            CaptureProblem Fail(string reason) => new(file, line, reason);
            switch (e.Kind)
            {
                case EventKinds.Connect:
                    if (!open.TryAdd(e.Leg, line))
                    {
                        return new RebuiltCapture(output, Fail($"leg {e.Leg} connected twice"));
                    }

                    output.Add(e);
                    break;
                case EventKinds.Disconnect:
                    if (!open.Remove(e.Leg))
                    {
                        return new RebuiltCapture(output, Fail($"leg {e.Leg} disconnected without a connect"));
                    }

                    foreach (var direction in (string[])[CaptureEvent.Client, CaptureEvent.Server])
                    {
                        if (streams.Remove((e.Leg, direction), out var stream) && stream.Pending > 0)
                        {
                            return new RebuiltCapture(output, Fail($"leg {e.Leg} {direction} ended with a truncated frame ({stream.Pending} pending bytes)"));
                        }
                    }

                    output.Add(e);
                    break;
                default:
                    if (open.TryAdd(e.Leg, line))
                    {
                        // Old ibkr-go captures have chunks without a connect event.
                        output.Add(new CaptureEvent(e.At, EventKinds.Connect, e.Leg));
                    }

                    var key = (e.Leg, e.Direction!);
                    if (!streams.TryGetValue(key, out var buffer))
                    {
                        streams[key] = buffer = new StreamBuffer(e.Direction == CaptureEvent.Client);
                    }

                    buffer.Append(e.Data);
                    try
                    {
                        output.AddRange(buffer.TakeFrames().Select(frame => new CaptureEvent(e.At, EventKinds.Frame, e.Leg, e.Direction, frame)));
                    }
                    catch (ProtocolException ex)
                    {
                        return new RebuiltCapture(output, Fail($"leg {e.Leg} {e.Direction}: {ex.Message}"));
                    }

                    break;
            }
        }

        if (open.Count > 0)
        {
            var (leg, line) = open.MinBy(o => o.Value);
            return new RebuiltCapture(output, new CaptureProblem(file, line, $"leg {leg} (connected here) has no disconnect event"));
        }

        return new RebuiltCapture(output, null);
    }
}
