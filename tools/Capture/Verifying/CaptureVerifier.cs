using System.Globalization;
using System.Security.Cryptography;
using Ibkr.Cli.Capture.Normalizing;
using Ibkr.Cli.Capture.Scenarios;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.Cli.Capture.Verifying;

/// <summary>The verdict on one capture directory: the line <c>ibkr verify</c> prints for it.</summary>
internal sealed record CaptureVerdict(string Directory, bool Passed, string Detail)
{
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Directory}: {Detail}";
}

/// <summary>
/// The checks of <c>ibkr verify</c>: meta.json, well-formed events, every leg closed, frames rebuilt with
/// nothing left over, evidence in both directions, the scenario's expected replies and leg count (from the catalog), and a
/// driver that did not report a failure.
/// </summary>
internal static class CaptureVerifier
{
    public static CaptureVerdict Verify(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new(directory, false, "no such directory");
        }

        var capture = CaptureReadResult.Load(directory);
        if (capture.Problem is not null)
        {
            return new(directory, false, capture.Problem.ToString());
        }

        var frames = capture.Rebuilt!.Frames.ToList();
        var client = frames.Where(f => f.Direction == CaptureEvent.Client).ToList();
        var server = frames.Where(f => f.Direction == CaptureEvent.Server).ToList();
        var legs = capture.Rebuilt.Events.Count(e => e.Kind == EventKinds.Connect);
        if (legs == 0 || client.Count == 0 || server.Count == 0)
        {
            return new(directory, false, $"{CaptureFiles.Events}: empty capture evidence (legs={legs}, client frames={client.Count}, server frames={server.Count})");
        }

        var serverIds = server.Select(f => MessageId(f.Data!)).ToHashSet();
        if (ScenarioCatalog.Find(capture.Meta!.Scenario) is { } scenario)
        {
            var missing = scenario.ExpectedReplies.Where(id => !serverIds.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                return new(directory, false, $"scenario {scenario.Name}: expected replies missing: {string.Join(", ", missing.Select(Describe))}");
            }

            if (legs < scenario.Legs)
            {
                return new(directory, false, $"scenario {scenario.Name}: expected {scenario.Legs} legs, the capture has {legs}");
            }
        }

        if (DriverEvents.FirstFailure(Path.Combine(directory, CaptureFiles.DriverEvents)) is { } driverProblem)
        {
            return new(directory, false, driverProblem.ToString());
        }

        var version = server.Select(f => HandshakePayloads.TryReadServerInfo(f.Data!, out var info) ? info.ServerVersion : (int?)null).FirstOrDefault(v => v is not null);
        var detail = string.Create(CultureInfo.InvariantCulture, $"legs={legs} client={client.Sum(f => f.Data!.Length)}B/{client.Count}f server={server.Sum(f => f.Data!.Length)}B/{server.Count}f server_version={version?.ToString(CultureInfo.InvariantCulture) ?? "?"} sha256={Sha256Prefix(Path.Combine(directory, CaptureFiles.Events))}");
        return new(directory, true, detail);
    }

    /// <summary>The first 16 hex digits of the events.jsonl hash: the provenance quoted in transcript headers.</summary>
    public static string Sha256Prefix(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file))[..16];
    }

    private static int MessageId(byte[] payload)
    {
        var end = Array.IndexOf(payload, (byte)0);
        return WireText.TryParseInt(payload.AsSpan(0, end < 0 ? payload.Length : end), out var id) ? id : -1;
    }

    private static string Describe(int id) => MessageCatalog.Find(Direction.Server, id) is { } d ? $"{id} {d.Name}" : id.ToString(CultureInfo.InvariantCulture);
}
