using Ibkr.Protocol.Transcripts;
using Ibkr.TestHost;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>
/// A replay host serves a transcript from transcripts/, the recorder sits in front of it and <c>ibkr play</c>
/// drives the client side through the recorder: the capture verifies, and its normalized transcript lints,
/// self-plays and has the same handshake, client and server step counts as the original.
/// </summary>
public sealed class RecordPlayEndToEndTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ibkr-recplay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("current_time_seconds_and_millis.txt")]
    [InlineData("contract_details_stock_with_end.txt")]
    [InlineData("fault_reconnect_history_retry.txt")]
    [InlineData("fault_split_tick_price_frames.txt")]
    public async Task A_played_transcript_records_verifies_and_normalizes_to_the_same_steps(string name)
    {
        var file = Path.Combine(CaptureTestKit.TranscriptsFolder, name);
        var original = CaptureTestKit.Load(file);
        var counts = CaptureTestKit.Counts(original);
        await using var host = ReplayHost.Start(original);
        var recorder = CaptureTestKit.Record(_dir, host.Address.Port, maxLegs: counts.Handshakes);
        await using (recorder)
        {
            var (playExit, playOut, _) = await Task.Run(() => Cli.Run(string.Empty, "play", file, "--connect", $"127.0.0.1:{recorder.Address.Port}", "--timeout", "10s"));
            Assert.True(playExit == 0, playOut);
            Assert.True((await host.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken)).Consumed);
            var result = await recorder.Completion.WaitAsync(CaptureTestKit.Bound, TestContext.Current.CancellationToken);
            Assert.Equal(counts.Handshakes, result.Legs);
        }

        var (verifyExit, verifyOut, _) = Cli.Run(string.Empty, "verify", recorder.Directory);
        Assert.True(verifyExit == 0, verifyOut);
        Assert.StartsWith($"PASS {recorder.Directory}: legs={counts.Handshakes} ", Cli.Lines(verifyOut)[0], StringComparison.Ordinal);

        var rebuilt = CaptureTestKit.NormalizeLintAndSelfPlay(recorder.Directory, Path.Combine(_dir, "normalized.txt"));
        Assert.True(File.Exists(Path.Combine(recorder.Directory, "frames.jsonl")));
        Assert.Equal(counts, CaptureTestKit.Counts(rebuilt));
        Assert.Empty(rebuilt.Steps.OfType<RawStep>());
        Assert.Equal(counts.Handshakes - 1, rebuilt.Steps.OfType<DisconnectStep>().Count());
        Assert.All(rebuilt.Steps.OfType<MessageStep>().Where(s => s.Direction == Ibkr.Protocol.Messages.Direction.Client && s.Body["req_id"] is not null), s => Assert.StartsWith("$req", s.Body["req_id"]!.GetValue<string>(), StringComparison.Ordinal));
    }
}
