using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Capture.Normalizing;

/// <summary>
/// Turns rebuilt frames into a transcript that replays as written: per leg, the version range, server info and
/// START_API become one <c>handshake</c> step; every other frame is a decoded step (or <c>raw</c>), with the
/// client's request and order ids bound (<see cref="VolatileIds"/>); legs follow
/// each other separated by <c>disconnect</c>. Concurrent legs cannot interleave in a transcript, so each leg's
/// steps are kept together, in the order the legs connected.
/// </summary>
internal static class TranscriptBuilder
{
    public static Transcript Build(string path, CaptureMeta? meta, string captureName, IReadOnlyList<CaptureEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var entries = new List<TranscriptEntry>
        {
            new TranscriptComment(0, 1, $"# Normalized by ibkr normalize from capture {captureName} (scenario {meta?.Scenario ?? "?"})."),
            new TranscriptComment(0, 1, "# Review before promotion: sanitize identifiers (ibkr redact), check the bound ids, add Pins and Evidence lines."),
        };
        var steps = new FrameSteps();
        var legs = events.Where(e => e.Kind == EventKinds.Connect).Select(e => e.Leg).Distinct().ToList();
        foreach (var leg in legs)
        {
            if (leg != legs[0])
            {
                entries.Add(new DisconnectStep(0, 1));
            }

            entries.Add(new TranscriptComment(0, 1, $"# leg {leg}"));
            var frames = events.Where(e => e.Leg == leg && e.Kind == EventKinds.Frame).ToList();
            var handshake = Handshake(frames, steps);
            List<CaptureEvent> skip = handshake is null ? [] : HandshakeFrames(frames);
            if (handshake is not null)
            {
                entries.Add(handshake);
            }

            entries.AddRange(frames.Where(f => !skip.Contains(f)).Select(f => steps.Step(Of(f), f.Data!)));
        }

        return Number(path, VolatileIds.Bind(entries));
    }

    private static Direction Of(CaptureEvent frame) => frame.Direction == CaptureEvent.Client ? Direction.Client : Direction.Server;

    /// <summary>A leg's first client frame (the version range), first server frame (server info) and second client frame (START_API).</summary>
    private static List<CaptureEvent> HandshakeFrames(List<CaptureEvent> frames) =>
        [.. frames.Where(f => f.Direction == CaptureEvent.Client).Take(2), .. frames.Where(f => f.Direction == CaptureEvent.Server).Take(1)];

    /// <summary>
    /// The handshake step when the leg opens with one: version range, server info, START_API. They are looked up per
    /// direction, so the step does not depend on how the two directions' frames interleave.
    /// </summary>
    private static HandshakeStep? Handshake(List<CaptureEvent> frames, FrameSteps steps)
    {
        var found = HandshakeFrames(frames);
        if (found.Count != 3 || !HandshakePayloads.TryReadVersionRange(found[0].Data!, out _)
            || steps.Message(Direction.Client, found[1].Data!) is not StartApi start
            || !HandshakePayloads.TryReadServerInfo(found[2].Data!, out var info))
        {
            return null;
        }

        var body = new JsonObject { ["server_version"] = info.ServerVersion, ["connection_time"] = info.ConnectionTime };
        if (start.ClientId != 0)
        {
            body["client_id"] = start.ClientId;
        }

        return new HandshakeStep(0, 1, body);
    }

    /// <summary>Gives every entry its line number, as the parser would.</summary>
    private static Transcript Number(string path, List<TranscriptEntry> entries) =>
        new(path, [.. entries.Select((entry, i) => entry with { Line = i + 1 })]);
}
