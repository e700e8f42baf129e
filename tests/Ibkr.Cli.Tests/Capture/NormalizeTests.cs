using FsCheck;
using FsCheck.Fluent;
using Ibkr.Cli.Capture;
using Ibkr.Cli.Capture.Normalizing;
using Ibkr.TestHost;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>Frames depend only on the length prefixes: never on where the chunks were cut.</summary>
public sealed class NormalizeTests
{
    [Fact]
    public void Every_single_cut_position_in_both_directions_gives_the_same_frames()
    {
        var client = SessionBytes.Client;
        var server = SessionBytes.Server;
        for (var cut = 1; cut < Math.Max(client.Length, server.Length); cut++)
        {
            var events = Chunks(client, [Math.Min(cut, client.Length - 1)], server, [Math.Min(cut, server.Length - 1)]);
            AssertFrames(events);
        }
    }

    [Fact]
    public async Task A_recorded_session_cut_at_every_byte_position_gives_the_frames_of_the_recording()
    {
        var root = Directory.CreateTempSubdirectory("ibkr-cuts-").FullName;
        try
        {
            var transcript = CaptureTestKit.Load(Path.Combine(CaptureTestKit.TranscriptsFolder, "fault_split_tick_price_frames.txt"));
            await using var host = ReplayHost.Start(transcript);
            var recorder = CaptureTestKit.Record(root, host.Address.Port);
            await using (recorder)
            {
                var played = await ScriptedClient.RunAsync(transcript, "127.0.0.1", recorder.Address.Port, cancellationToken: TestContext.Current.CancellationToken);
                Assert.True(played.Passed, played.Failure?.ToString());
                await recorder.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
            }

            var (events, problem) = EventReader.Read(Path.Combine(recorder.Directory, CaptureFiles.Events));
            Assert.Null(problem);
            var recorded = FrameRebuilder.Rebuild(events);
            Assert.Null(recorded.Problem);
            byte[] Stream(string direction) => [.. events.Where(e => e.Event.Direction == direction).SelectMany(e => e.Event.Data!)];
            var client = Stream(CaptureEvent.Client);
            var server = Stream(CaptureEvent.Server);
            for (var cut = 1; cut < Math.Max(client.Length, server.Length); cut++)
            {
                var rebuilt = FrameRebuilder.Rebuild(Chunks(client, [Math.Min(cut, client.Length - 1)], server, [Math.Min(cut, server.Length - 1)]));
                Assert.Null(rebuilt.Problem);
                Assert.Equal(recorded.Frames.Select(f => (f.Direction, Convert.ToBase64String(f.Data!))).Order(), rebuilt.Frames.Select(f => (f.Direction, Convert.ToBase64String(f.Data!))).Order());
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Random_cuts_give_the_same_frames()
    {
        var cuts = Gen.ListOf(Gen.Choose(1, 400)).ToArbitrary();
        Prop.ForAll(cuts, cuts, (clientCuts, serverCuts) =>
        {
            AssertFrames(Chunks(SessionBytes.Client, clientCuts, SessionBytes.Server, serverCuts));
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_transcript_of_a_session_has_a_handshake_then_decoded_steps()
    {
        var rebuilt = FrameRebuilder.Rebuild(Chunks(SessionBytes.Client, [], SessionBytes.Server, []));

        var transcript = TranscriptBuilder.Build("t.txt", null, "capture", rebuilt.Events);

        var lines = Ibkr.Protocol.Transcripts.TranscriptWriter.Write(transcript).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal("handshake {\"server_version\":200,\"connection_time\":\"20260406 09:25:01 US/Eastern\",\"client_id\":1}", lines[0]);
        Assert.Contains("server managed_accounts {\"accounts\":[\"DU0000001\"]}", lines);
        Assert.Contains("server next_valid_id {\"order_id\":1}", lines);
        Assert.Contains("client req_current_time {}", lines);
        Assert.Contains(lines, l => l.StartsWith("server current_time {\"time\":", StringComparison.Ordinal));
        Assert.Equal(6, lines.Count);
    }

    private static void AssertFrames(List<LineEvent> events)
    {
        var rebuilt = FrameRebuilder.Rebuild(events);
        Assert.Null(rebuilt.Problem);
        Assert.Equal(SessionBytes.ClientFrames, rebuilt.Frames.Where(f => f.Direction == CaptureEvent.Client).Select(f => f.Data!));
        Assert.Equal(SessionBytes.ServerFrames, rebuilt.Frames.Where(f => f.Direction == CaptureEvent.Server).Select(f => f.Data!));
    }

    /// <summary>Both streams cut at the given offsets (taken modulo the length), chunks of the two directions interleaved.</summary>
    private static List<LineEvent> Chunks(byte[] client, IEnumerable<int> clientCuts, byte[] server, IEnumerable<int> serverCuts)
    {
        var a = Split(client, clientCuts).Select(c => CaptureWriter.Chunk(CaptureEvent.Client, c)).ToList();
        var b = Split(server, serverCuts).Select(c => CaptureWriter.Chunk(CaptureEvent.Server, c)).ToList();
        var events = new List<CaptureEvent> { CaptureWriter.Connect() };
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            events.AddRange(a.Skip(i).Take(1).Concat(b.Skip(i).Take(1)));
        }

        events.Add(CaptureWriter.Disconnect());
        return [.. events.Select((e, i) => new LineEvent(i + 1, e))];
    }

    private static IEnumerable<byte[]> Split(byte[] bytes, IEnumerable<int> cuts)
    {
        var points = cuts.Select(c => c % bytes.Length).Where(c => c > 0).Append(0).Append(bytes.Length).Distinct().Order().ToList();
        for (var i = 1; i < points.Count; i++)
        {
            yield return bytes[points[i - 1]..points[i]];
        }
    }
}
